<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CalendarCommand</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 with %n event(s).</source>
        <translation>
            <numerusform>已写入 %1，共 %n 个日程。</numerusform>
        </translation>
    </message>
    <message>
        <source>The filing has no dates yet from which a deadline follows.</source>
        <translation>该备案资料中还没有可推算期限的日期。</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Holiday data: %1</source>
        <translation>节假日数据：%1</translation>
    </message>
    <message>
        <source>%1: errors: %2, warnings: %3.</source>
        <translation>%1：错误 %2 项，警告 %3 项。</translation>
    </message>
    <message>
        <source>These values cannot be read from the keychain, so the check is incomplete:</source>
        <translation>以下信息无法从系统钥匙串读取，因此检查不完整：</translation>
    </message>
    <message>
        <source>Still to fill in: %1.</source>
        <translation>待填写：%1 项。</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>the person</source>
        <translation>该人员</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>ID validity</source>
        <translation>证件有效期</translation>
    </message>
    <message>
        <source>emergency contact</source>
        <translation>应急联系电话</translation>
    </message>
    <message>
        <source>email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Account email and verification code</source>
        <translation>账号邮箱及验证码</translation>
    </message>
    <message>
        <source>The email was already used on the WeChat platforms: register with a brand-new email (one email per mini program).</source>
        <translation>该邮箱已在微信平台使用过：请用全新的邮箱注册（一个邮箱只能注册一个小程序）。</translation>
    </message>
    <message>
        <source>Choose a brand-new email never used on the WeChat Public or Open Platform nor bound to a personal WeChat.</source>
        <translation>请准备一个全新的邮箱：未在微信公众平台、开放平台注册过，也未绑定个人微信。</translation>
    </message>
    <message>
        <source>Enter the verification code sent to %1.</source>
        <translation>请输入发送到 %1 的验证码。</translation>
    </message>
    <message>
        <source>Confirm that %1 was never used on the WeChat platforms.</source>
        <translation>请确认 %1 从未在微信平台使用过。</translation>
    </message>
    <message>
        <source>%1, verified.</source>
        <translation>%1，已验证。</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>主体类型</translation>
    </message>
    <message>
        <source>Choose the entity type (enterprise for a company).</source>
        <translation>请选择主体类型（公司选“企业”）。</translation>
    </message>
    <message>
        <source>Business licence data</source>
        <translation>营业执照信息</translation>
    </message>
    <message>
        <source>entity name</source>
        <translation>主体名称</translation>
    </message>
    <message>
        <source>unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>registered address</source>
        <translation>注册地址</translation>
    </message>
    <message>
        <source>Copy the data from the business licence.</source>
        <translation>请按营业执照填写信息。</translation>
    </message>
    <message>
        <source>Still missing: %1.</source>
        <translation>尚缺：%1。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Choose the administrator: name, ID number and mobile.</source>
        <translation>请选择管理员：需姓名、身份证件号码和手机号码。</translation>
    </message>
    <message>
        <source>Entity verification</source>
        <translation>主体验证</translation>
    </message>
    <message>
        <source>Verified on %1.</source>
        <translation>已于 %1 完成验证。</translation>
    </message>
    <message>
        <source>Transfer the stated amount from the corporate account to Tencent by %1.</source>
        <translation>请于 %1 前用对公账户向腾讯转账指定金额。</translation>
    </message>
    <message>
        <source>Pay the %1 RMB verification fee through WeChat.</source>
        <translation>请通过微信支付 %1 元验证费用。</translation>
    </message>
    <message>
        <source>Start payment verification: the corporate account has 10 days to transfer the stated amount.</source>
        <translation>请开始打款验证：对公账户须在 10 天内转入指定金额。</translation>
    </message>
    <message>
        <source>Choose payment verification (a transfer within 10 days) or WeChat verification (300 RMB).</source>
        <translation>请选择打款验证（10 天内对公转账）或微信认证验证（300 元）。</translation>
    </message>
    <message>
        <source>Submission and review</source>
        <translation>提交与审核</translation>
    </message>
    <message>
        <source>Registration approved on %1.</source>
        <translation>注册已于 %1 审核通过。</translation>
    </message>
    <message>
        <source>Submitted on %1; waiting for the review.</source>
        <translation>已于 %1 提交，等待审核。</translation>
    </message>
    <message>
        <source>Submit the registration once the steps above are done.</source>
        <translation>以上步骤完成后即可提交注册。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the people list.</source>
        <translation>人员列表中没有“%1”。</translation>
    </message>
    <message>
        <source>%1: still missing %2.</source>
        <translation>%1：尚缺%2。</translation>
    </message>
    <message>
        <source>Certification service agreement</source>
        <translation>认证服务协议</translation>
    </message>
    <message>
        <source>Signed on %1.</source>
        <translation>已于 %1 签署。</translation>
    </message>
    <message>
        <source>Sign the WeChat Public Platform Certification Service Agreement.</source>
        <translation>请签署《微信公众平台认证服务协议》。</translation>
    </message>
    <message>
        <source>Certification data and primary verification</source>
        <translation>认证资料与主体验证方式</translation>
    </message>
    <message>
        <source>Upload the business licence and choose the primary verification: corporate bank transfer, legal representative face verification or electronic business licence.</source>
        <translation>请上传营业执照并选择主体验证方式：对公账户打款、法定代表人人脸验证或电子营业执照。</translation>
    </message>
    <message>
        <source>Certification contact</source>
        <translation>认证联系人</translation>
    </message>
    <message>
        <source>Choose the certification contact: name, ID, mobile and email.</source>
        <translation>请选择认证联系人：需姓名、身份证件、手机号码和邮箱。</translation>
    </message>
    <message>
        <source>%1 confirms by scanning the QR code with WeChat.</source>
        <translation>%1需用微信扫描二维码确认。</translation>
    </message>
    <message>
        <source>%1, confirmed on %2.</source>
        <translation>%1，已于 %2 确认。</translation>
    </message>
    <message>
        <source>Certification fee</source>
        <translation>认证费用</translation>
    </message>
    <message>
        <source>Paid on %1.</source>
        <translation>已于 %1 支付。</translation>
    </message>
    <message>
        <source>Pay 30 RMB through WeChat Pay. An individual cannot enable WeChat Pay in the mini program.</source>
        <translation>请通过微信支付 30 元。个人主体的小程序无法开通微信支付。</translation>
    </message>
    <message>
        <source>Pay %1 RMB through WeChat Pay (the only way); it is not refunded if certification fails.</source>
        <translation>请通过微信支付 %1 元（仅支持微信支付）；认证失败不予退款。</translation>
    </message>
    <message>
        <source>Certification approved</source>
        <translation>认证通过</translation>
    </message>
    <message>
        <source>Approved on %1; valid until %2, with %3 name changes this year.</source>
        <translation>已于 %1 通过；有效期至 %2，本年度还可改名 %3 次。</translation>
    </message>
    <message>
        <source>Paid on %1; the review takes about 1 to 5 working days.</source>
        <translation>已于 %1 支付；审核约需 1 至 5 个工作日。</translation>
    </message>
    <message>
        <source>Valid one year once approved, with two name changes.</source>
        <translation>认证通过后有效期一年，并有两次改名机会。</translation>
    </message>
    <message>
        <source>Invoice information</source>
        <translation>发票信息</translation>
    </message>
    <message>
        <source>Choose no invoice, an electronic invoice or a paper VAT special invoice. It cannot be changed after submission.</source>
        <translation>请选择不开发票、电子发票或纸质增值税专用发票。提交后不可修改。</translation>
    </message>
    <message>
        <source>No invoice.</source>
        <translation>不开发票。</translation>
    </message>
    <message>
        <source>title</source>
        <translation>发票抬头</translation>
    </message>
    <message>
        <source>taxpayer ID</source>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <source>enterprise address and phone</source>
        <translation>企业地址和电话</translation>
    </message>
    <message>
        <source>bank and account</source>
        <translation>开户银行和账号</translation>
    </message>
    <message>
        <source>mailing address and recipient</source>
        <translation>邮寄地址和收件人</translation>
    </message>
    <message>
        <source>tax registration certificate (or three-in-one licence) and bank account proof</source>
        <translation>税务登记证（或三证合一的营业执照）和银行开户证明</translation>
    </message>
    <message>
        <source>%1: still missing %2. Check everything before submitting: invoice details cannot be changed afterwards.</source>
        <translation>%1：尚缺%2。提交前请仔细核对：发票信息提交后不可修改。</translation>
    </message>
    <message>
        <source>%1: ready. Submit it with the certification; it cannot be changed afterwards.</source>
        <translation>%1：已填写完整。请随认证一并提交；提交后不可修改。</translation>
    </message>
    <message>
        <source>%1 submitted on %2; it was expected by %3 and is not recorded as received: ask WeChat customer service, or enter the date it arrived.</source>
        <translation>%1已于 %2 提交；预计 %3 前开出，但尚未登记收到：请联系微信客服，或填写收到日期。</translation>
    </message>
    <message>
        <source>%1 submitted on %2; expected by %3.</source>
        <translation>%1已于 %2 提交；预计 %3 前开出。</translation>
    </message>
    <message>
        <source>%1 received on %2.</source>
        <translation>%1已于 %2 收到。</translation>
    </message>
    <message>
        <source>%1 submitted on %2; Tencent issues it after the approval.</source>
        <translation>%1已于 %2 提交；腾讯将在资质审核通过后开具。</translation>
    </message>
    <message>
        <source>Entity information</source>
        <translation>主体信息</translation>
    </message>
    <message>
        <source>filing region</source>
        <translation>备案地区</translation>
    </message>
    <message>
        <source>communication address</source>
        <translation>通讯地址</translation>
    </message>
    <message>
        <source>entity leader</source>
        <translation>主体负责人</translation>
    </message>
    <message>
        <source>entity leader&apos;s %1</source>
        <translation>主体负责人的%1</translation>
    </message>
    <message>
        <source>Enter the filing region, communication address and entity leader.</source>
        <translation>请填写备案地区、通讯地址和主体负责人。</translation>
    </message>
    <message>
        <source>Entity leader: %1.</source>
        <translation>主体负责人：%1。</translation>
    </message>
    <message>
        <source>Authorization letters</source>
        <translation>授权书</translation>
    </message>
    <message>
        <source>Commitment letters</source>
        <translation>承诺书</translation>
    </message>
    <message>
        <source>Platform review</source>
        <translation>平台初审</translation>
    </message>
    <message>
        <source>Passed; the request went on to the MIIT bureau.</source>
        <translation>已通过；备案申请已提交至管局审核。</translation>
    </message>
    <message>
        <source>Passed on %1; the request went on to the MIIT bureau.</source>
        <translation>已于 %1 通过；备案申请已提交至管局审核。</translation>
    </message>
    <message>
        <source>Under review; enter the submission date to see when to expect the result.</source>
        <translation>审核中；填写提交日期后可查看预计出结果的时间。</translation>
    </message>
    <message>
        <source>Submitted on %1; expect a verification call and the result by %2.</source>
        <translation>已于 %1 提交；预计 %2 前会接到核验电话并出审核结果。</translation>
    </message>
    <message>
        <source>Submit the filing once the entity, mini program, letters and materials are ready.</source>
        <translation>主体信息、小程序信息、各类函件和备案材料准备好后即可提交备案。</translation>
    </message>
    <message>
        <source>MIIT review and SMS verification</source>
        <translation>管局审核与短信核验</translation>
    </message>
    <message>
        <source>Rejected by the MIIT bureau: read the reason, correct the filing and submit again.</source>
        <translation>管局审核未通过：请查看原因，修改备案信息后重新提交。</translation>
    </message>
    <message>
        <source>The MIIT bureau approved the filing.</source>
        <translation>管局已审核通过备案。</translation>
    </message>
    <message>
        <source>Enter the code of the 12381 SMS in the MIIT filing system by %1.</source>
        <translation>请于 %1 前在工信部备案系统中填写 12381 短信中的验证码。</translation>
    </message>
    <message>
        <source>SMS verified; waiting for the MIIT bureau&apos;s decision.</source>
        <translation>短信已核验；等待管局审核结果。</translation>
    </message>
    <message>
        <source>With the MIIT bureau: answer the 12381 SMS within 24 hours when it arrives, and enter the time it arrived.</source>
        <translation>管局审核中：收到 12381 短信后请在 24 小时内完成核验，并填写收到短信的时间。</translation>
    </message>
    <message>
        <source>After the platform review the request goes to the MIIT bureau, which sends a verification SMS.</source>
        <translation>平台初审通过后，备案申请提交至管局，管局会发送核验短信。</translation>
    </message>
    <message>
        <source>Filing approved</source>
        <translation>备案通过</translation>
    </message>
    <message>
        <source>Record number %1. The platform adds it to the mini program&apos;s description by itself; nothing to do by hand.</source>
        <translation>备案号 %1。平台会自动将其添加到小程序简介中，无需手动填写。</translation>
    </message>
    <message>
        <source>Filed: enter the record number from the approval message.</source>
        <translation>已备案：请填写审核通过通知中的备案号。</translation>
    </message>
    <message>
        <source>When approved, the record number appears in the mini program&apos;s description by itself.</source>
        <translation>审核通过后，备案号会自动显示在小程序简介中。</translation>
    </message>
    <message>
        <source>Mini program information</source>
        <translation>小程序信息</translation>
    </message>
    <message>
        <source>service categories</source>
        <translation>服务类目</translation>
    </message>
    <message>
        <source>pre-approval items (or &quot;none of these&quot;)</source>
        <translation>前置审批项（或“以上都不涉及”）</translation>
    </message>
    <message>
        <source>description</source>
        <translation>小程序描述</translation>
    </message>
    <message>
        <source>mini program leader</source>
        <translation>小程序负责人</translation>
    </message>
    <message>
        <source>mini program leader&apos;s %1</source>
        <translation>小程序负责人的%1</translation>
    </message>
    <message>
        <source>Enter the name, service categories, pre-approval items, description and mini program leader.</source>
        <translation>请填写小程序名称、服务类目、前置审批项、描述和小程序负责人。</translation>
    </message>
    <message>
        <source>Complete; %1 still does the face verification during the filing.</source>
        <translation>信息已完整；%1还需在备案时完成人脸核验。</translation>
    </message>
    <message>
        <source>%1; mini program leader %2.</source>
        <translation>%1；小程序负责人：%2。</translation>
    </message>
    <message>
        <source>Signed, sealed and uploaded: %1.</source>
        <translation>已签字、盖章并上传：%1。</translation>
    </message>
    <message>
        <source>Needed: %1. %2</source>
        <translation>需要：%1。%2</translation>
    </message>
    <message>
        <source>Name candidates and trademark checks</source>
        <translation>名称备选与商标检索</translation>
    </message>
    <message>
        <source>Avoid an arbitrary name: list several candidates and check each for trademarks. Name changes are limited.</source>
        <translation>不要随意起名：请准备多个备选名称并逐一检索商标。改名次数有限。</translation>
    </message>
    <message>
        <source>The chosen name &quot;%1&quot; conflicts with a trademark: choose another candidate.</source>
        <translation>所选名称“%1”与已有商标冲突：请改用其他备选名称。</translation>
    </message>
    <message>
        <source>%1 candidates, %2 checked clear. Keep at least two, and check the chosen name&apos;s trademark.</source>
        <translation>共 %1 个备选名称，%2 个经检索无冲突。请至少保留两个备选，并检索所选名称的商标。</translation>
    </message>
    <message>
        <source>%1 candidates, %2 clear of trademarks; &quot;%3&quot; chosen.</source>
        <translation>共 %1 个备选名称，%2 个经检索无商标冲突；已选定“%3”。</translation>
    </message>
    <message>
        <source>Name changes left</source>
        <translation>剩余改名次数</translation>
    </message>
    <message>
        <source>Certification gives two name changes a year; until then choose the name with care.</source>
        <translation>认证通过后每年有两次改名机会；在此之前请慎重确定名称。</translation>
    </message>
    <message>
        <source>No name change left this year; the quota resets to 2 on %1.</source>
        <translation>本年度已无改名次数；%1 起恢复为 2 次。</translation>
    </message>
    <message>
        <source>%1 of %2 name changes left this year; the quota resets on %3.</source>
        <translation>本年度还剩 %1 次改名机会（共 %2 次）；%3 起重置。</translation>
    </message>
    <message>
        <source>Sensitive categories and pre-approval</source>
        <translation>敏感类目与前置审批</translation>
    </message>
    <message>
        <source>Choose service categories from the official list of allowed categories, avoiding sensitive ones: https://developers.weixin.qq.com/minigame/product/material/</source>
        <translation>请从官方允许的类目列表中选择服务类目，避开敏感类目：https://developers.weixin.qq.com/minigame/product/material/</translation>
    </message>
    <message>
        <source>Pre-approval needed for %1: enter the approval number and upload the approval document, or drop the category.</source>
        <translation>%1 需要前置审批：请填写审批文号并上传审批文件，或不选该类目。</translation>
    </message>
    <message>
        <source>Pre-approval categories (%1): upload each approval document with the filing.</source>
        <translation>涉及前置审批的类目（%1）：请在备案时上传各项审批文件。</translation>
    </message>
    <message>
        <source>State the pre-approval items, or &quot;none of these&quot;.</source>
        <translation>请填写前置审批项，或选择“以上都不涉及”。</translation>
    </message>
    <message>
        <source>No pre-approval category (news, publishing, education, medical care, drugs and others) is involved.</source>
        <translation>不涉及前置审批类目（新闻、出版、教育、医疗保健、药品和医疗器械等）。</translation>
    </message>
    <message>
        <source>Mini program leader not used under another entity</source>
        <translation>小程序负责人未在其他主体下使用</translation>
    </message>
    <message>
        <source>Not compared with the other projects yet (needs the leader&apos;s ID number and the keychain).</source>
        <translation>尚未与其他项目比对（需要负责人的证件号码和系统钥匙串）。</translation>
    </message>
    <message>
        <source>Already the mini program leader of &quot;%1&quot; under %2: a mini program leader cannot file under a different entity.</source>
        <translation>已是%2名下“%1”的小程序负责人：同一小程序负责人不能在不同主体下备案。</translation>
    </message>
    <message>
        <source>Yearly renewal and its cost</source>
        <translation>每年续费认证及费用</translation>
    </message>
    <message>
        <source>Certification costs %1 RMB, is not refunded and must be renewed every year.</source>
        <translation>认证费 %1 元，不予退款，且每年需重新认证。</translation>
    </message>
    <message>
        <source>The certification expired on %1: renew it (%2 RMB) to keep the mini program&apos;s certified features.</source>
        <translation>认证已于 %1 过期：请重新认证（%2 元），以保留小程序的认证权益。</translation>
    </message>
    <message>
        <source>The certification expires on %1: start the annual review now (%2 RMB, not refunded).</source>
        <translation>认证将于 %1 到期：请立即开始年审（%2 元，不予退款）。</translation>
    </message>
    <message>
        <source>Valid until %1; renew before then (%2 RMB each year, not refunded). Reminders: 3 months, 2 months, 1 month and 7 days before.</source>
        <translation>有效期至 %1；请在此之前续期（每年 %2 元，不予退款）。提醒时间：到期前 3 个月、2 个月、1 个月和 7 天。</translation>
    </message>
    <message>
        <source>Administrator and entity leader the same person</source>
        <translation>管理员与主体负责人为同一人</translation>
    </message>
    <message>
        <source>The filing is submitted; the administrator can be changed now if needed.</source>
        <translation>备案已提交；如有需要，现在可以更换管理员。</translation>
    </message>
    <message>
        <source>Tip: make the administrator and the entity leader the same person before filing to skip the authorization letter.</source>
        <translation>提示：备案前将管理员与主体负责人设为同一人，可免交授权书。</translation>
    </message>
    <message>
        <source>%1 is administrator and entity leader: no authorization letter for the mini program leader.</source>
        <translation>%1同时是管理员和主体负责人：无需小程序负责人授权书。</translation>
    </message>
    <message>
        <source>Tip: the administrator (%1) and the entity leader (%2) differ. Making one person administrator, entity leader and mini program leader before filing skips the authorization letter; the administrator can be changed after filing.</source>
        <translation>提示：管理员（%1）与主体负责人（%2）不是同一人。备案前由同一人担任管理员、主体负责人和小程序负责人，可免交授权书；备案完成后可以更换管理员。</translation>
    </message>
    <message numerus="yes">
        <source>Blocked by %n error(s); first: %1</source>
        <translation>
            <numerusform>有 %n 个错误需要先改正；第一个：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for: %1. %2</source>
        <translation>等待：%1。%2</translation>
    </message>
    <message>
        <source>People and roles</source>
        <translation>人员与角色</translation>
    </message>
    <message>
        <source>Add the people of the filing (legal representative, entity leader, administrator, mini program leader) and give them their roles.</source>
        <translation>添加本次申办涉及的人员（法定代表人、主体负责人、管理员、小程序负责人），并为他们指定角色。</translation>
    </message>
    <message>
        <source>Still to choose: %1.</source>
        <translation>尚待指定：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s), every role chosen.</source>
        <translation>
            <numerusform>共 %n 人，所有角色均已指定。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not the mini program leader of any other entity&apos;s filing (%n other filing(s) on this computer compared).</source>
        <translation>
            <numerusform>不是其他主体的小程序负责人（已比对本机其他 %n 个备案）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Filing materials (photos and scans)</source>
        <translation>备案材料（照片和扫描件）</translation>
    </message>
    <message>
        <source>Attach the photos and scans to upload: %1.</source>
        <translation>添加要上传的照片和扫描件：%1。</translation>
    </message>
    <message>
        <source>Still to attach: %1.</source>
        <translation>仍需添加：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Every needed file is attached (%n slot(s)); upload the prepared copies.</source>
        <translation>
            <numerusform>所需文件均已添加（共 %n 项）；请上传整理好的副本。</numerusform>
        </translation>
    </message>
    <message>
        <source>person no. %1 (no name yet)</source>
        <translation>第 %1 位人员（尚未填写姓名）</translation>
    </message>
    <message>
        <source>print %1</source>
        <translation>打印%1</translation>
    </message>
    <message>
        <source>have %1 signed and sealed</source>
        <translation>让%1签字并加盖公章</translation>
    </message>
    <message>
        <source>upload %1</source>
        <translation>上传%1</translation>
    </message>
    <message>
        <source>Next: %1. %2</source>
        <translation>下一步：%1。%2</translation>
    </message>
    <message>
        <source>Rejected by the platform: &quot;%1&quot;. Correct this (compare with the platform&apos;s example screenshot), submit again and set the status back to platform review.</source>
        <translation>平台驳回：“%1”。请按此修改（对照平台的示例截图），重新提交，并把备案状态改回“平台初审中”。</translation>
    </message>
    <message>
        <source>Rejected by the platform: enter the reason it gave, correct, and submit again.</source>
        <translation>平台驳回：请填写平台给出的驳回理由，修改后重新提交。</translation>
    </message>
    <message>
        <source>mini program name</source>
        <translation>小程序名称</translation>
    </message>
</context>
<context>
    <name>ChecklistText</name>
    <message numerus="yes">
        <source>%1 (%n finding(s) below)</source>
        <comment>a step, then how many findings are listed for it</comment>
        <translation>
            <numerusform>%1（下方有 %n 条检查结果）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The language must be zh_CN or en.</source>
        <translation>语言只能是 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>import needs the project file to write: add -o FILE.mpdesk.</source>
        <translation>import 需要指定要写入的项目文件：请加上 -o 文件.mpdesk。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Wrong arguments for &quot;%1&quot;.</source>
        <translation>“%1”的参数不正确。</translation>
    </message>
    <message>
        <source>mpdesk&apos;s window needs a graphical display, and none is available here (DISPLAY and WAYLAND_DISPLAY are not set). On this machine use the command line, for example: mpdesk check FILE.</source>
        <translation>申办助手的窗口需要图形显示，而这里没有可用的显示（未设置 DISPLAY 和 WAYLAND_DISPLAY）。在这台机器上请使用命令行，例如：mpdesk check 文件。</translation>
    </message>
    <message>
        <source>calendar needs the file to write: add -o FILE.ics.</source>
        <translation>calendar 需要指定输出文件：请加上 -o 文件.ics。</translation>
    </message>
    <message>
        <source>export needs the folder to write the letters to: add -o DIR.</source>
        <translation>export 需要指定信函的输出文件夹：请加上 -o 文件夹。</translation>
    </message>
    <message>
        <source>The path after -o is empty: name the file or folder to write.</source>
        <translation>-o 后的路径为空：请写明要写入的文件或文件夹。</translation>
    </message>
    <message>
        <source>The file to read is empty: name a project (.mpdesk) or interchange file (.json).</source>
        <translation>要读取的文件名为空：请写明项目文件（.mpdesk）或交换文件（.json）。</translation>
    </message>
    <message>
        <source>--known needs a folder of filings; %1 is not one.</source>
        <translation>--known 需要一个存放备案文件的文件夹；%1 不是文件夹。</translation>
    </message>
    <message>
        <source>Give --today or --now, not both.</source>
        <translation>--today 和 --now 只能给出其一。</translation>
    </message>
    <message>
        <source>--today: &quot;%1&quot; is not a date. Write it as year-month-day, for example 2026-10-20.</source>
        <translation>--today：“%1”不是日期。请按 年-月-日 书写，例如 2026-10-20。</translation>
    </message>
    <message>
        <source>--now: &quot;%1&quot; is not a time. Write it as 2026-10-20T09:30 (China time) or with an offset, 2026-10-20T09:30:00+08:00.</source>
        <translation>--now：“%1”不是时间。请写成 2026-10-20T09:30（北京时间），或带时区偏移，如 2026-10-20T09:30:00+08:00。</translation>
    </message>
    <message>
        <source>pack needs the folder to write the upload files to: add -o DIR.</source>
        <translation>pack 需要写入上传文件的文件夹：请加上 -o DIR。</translation>
    </message>
    <message>
        <source>Usage:
  mpdesk [FILE]                          open FILE in the desktop application
  mpdesk check FILE [--known DIR]        check a project or interchange file: every step with its
                                         status, then the findings
  mpdesk calendar FILE -o FILE.ics       write the deadlines and reminders as an iCalendar file
  mpdesk import INPUT.json -o FILE.mpdesk
                                         make a project from an interchange file; ID and bank
                                         account numbers go to the system keychain
  mpdesk forget FILE.mpdesk              delete the project&apos;s ID and account numbers from the
                                         system keychain (the project file stays)
  mpdesk export FILE -o DIR [--blank-date] [--all]
                                         write the letters the filing needs as PDF files in DIR
  mpdesk fields FILE [--page PAGE] [--format text|json] [--reveal]
                                         the platform&apos;s pages in order, each field&apos;s label and
                                         value as the page wants it; ID and account numbers masked
  mpdesk pack FILE -o DIR                write upload-ready copies of the filing&apos;s photos and
                                         scans in DIR, named by slot, with an index

Options:
  --lang zh_CN|en                        language of the messages (default: the system&apos;s)
  -o, --output FILE                      where import, export, calendar or pack write their output
  --blank-date                           export: leave the date on the letters to fill by hand
  --all                                  export: also the letters the platform&apos;s stricter rule
                                         may ask for
  --today YYYY-MM-DD                     check, export, calendar: judge as on that day (China time);
                                         pack: the day the pack&apos;s index is dated
  --now YYYY-MM-DDTHH:MM[+08:00]         the same, at that moment
  --known DIR                            check: also compare the mini program leader with the
                                         filings in DIR (besides those this computer knows)
  --page PAGE                            fields: one page: registration, certification, invoice,
                                         filing-entity, entity-leader, mini-program,
                                         mini-program-leader
  --format text|json                     fields: plain text (default) or JSON
  --reveal                               fields: print ID and account numbers in full
  -v, --version                          print the version
  -h, --help                             print this help

Exit codes: 0 no errors (warnings allowed), 1 the filing has errors (pack: something needed is
missing or cannot be made to fit), 2 the file cannot be read or the arguments are wrong, 3 an ID or
account number cannot be read from the keychain, 4 (export) a character no installed font has.
</source>
        <translation>用法：
  mpdesk [文件]                          在桌面程序中打开文件
  mpdesk check 文件 [--known 目录]       检查项目文件或交换文件：先列出每个步骤及其状态，
                                         再列出检查结果
  mpdesk calendar 文件 -o 文件.ics       将各项期限和提醒写入 iCalendar 日历文件
  mpdesk import 输入.json -o 文件.mpdesk
                                         由交换文件创建项目；身份证件号码和银行账号
                                         存入系统钥匙串
  mpdesk forget 文件.mpdesk              从系统钥匙串中删除该项目的证件号码和账号
                                         （项目文件保留）
  mpdesk export 文件 -o 目录 [--blank-date] [--all]
                                         将备案所需的函件以 PDF 文件写入目录
  mpdesk fields 文件 [--page 页面] [--format text|json] [--reveal]
                                         按平台页面顺序列出各字段的标签和值（按页面要求的格式）；
                                         证件号码和账号以掩码显示
  mpdesk pack 文件 -o 目录               在目录中写入备案照片和扫描件的可上传副本，
                                         按材料项命名，并附清单

选项：
  --lang zh_CN|en                        提示信息的语言（默认跟随系统）
  -o, --output 文件                      import、export、calendar 或 pack 的输出位置
  --blank-date                           export：函件日期留空，手写填写
  --all                                  export：同时写出平台按更严格规则可能要求的函件
  --today 年-月-日                       check、export、calendar：按该日（北京时间）判断；
                                         pack：清单上注明的准备日期
  --now 年-月-日THH:MM[+08:00]           同上，按该时刻判断
  --known 目录                           check：另与该目录中的备案比对小程序负责人
                                         （本机已知的备案之外）
  --page 页面                            fields：只列一个页面：registration、certification、invoice、
                                         filing-entity、entity-leader、mini-program、
                                         mini-program-leader
  --format text|json                     fields：纯文本（默认）或 JSON
  --reveal                               fields：完整显示证件号码和账号
  -v, --version                          显示版本号
  -h, --help                             显示本帮助

退出码：0 无错误（可有警告），1 备案资料有错误（pack：缺少所需材料或无法达标），
2 文件无法读取或参数错误，3 无法从钥匙串读取证件号码或账号，4（export）有字符在已安装字体中没有字形。
</translation>
    </message>
</context>
<context>
    <name>CompanionRows</name>
    <message>
        <source>Nobody is chosen for this role yet: choose the person on the people page.</source>
        <translation>该角色尚未指定人员：请在人员页面中选择。</translation>
    </message>
    <message>
        <source>The platform lists names: choose the one with this administrative code.</source>
        <translation>平台按名称列出：请选择与此行政区划代码对应的一项。</translation>
    </message>
    <message>
        <source>Not entered yet.</source>
        <translation>尚未填写。</translation>
    </message>
    <message>
        <source>Choose this name in the platform&apos;s list (administrative code %1).</source>
        <translation>在平台的列表中选择这个名称（行政区划代码 %1）。</translation>
    </message>
</context>
<context>
    <name>DateOrder</name>
    <message>
        <source>certification approved</source>
        <translation>认证通过</translation>
    </message>
    <message>
        <source>registration submitted</source>
        <translation>注册提交</translation>
    </message>
    <message>
        <source>filing submitted</source>
        <translation>备案提交</translation>
    </message>
    <message>
        <source>registration approved</source>
        <translation>注册通过</translation>
    </message>
    <message>
        <source>The date %1 (%2) is before the date %3 (%4), which comes first in the process. Check both dates and correct the wrong one.</source>
        <translation>“%1”的日期（%2）早于“%3”的日期（%4），而按流程后者在前。请核对这两个日期，改正有误的一个。</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>(Beijing time)</source>
        <translation>（北京时间）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Certification expires</source>
        <translation>认证到期</translation>
    </message>
    <message>
        <source>WeChat certification is valid for one year from its approval on %1. Complete the annual review before this day; each certification costs %2 RMB and is not refunded.</source>
        <translation>微信认证自 %1 审核通过起有效期一年。请在此日前完成年审；每次认证费用 %2 元，不予退款。</translation>
    </message>
    <message>
        <source>Certification expires in 3 months</source>
        <translation>认证还有 3 个月到期</translation>
    </message>
    <message>
        <source>Certification expires in 2 months</source>
        <translation>认证还有 2 个月到期</translation>
    </message>
    <message>
        <source>Certification expires in 1 month</source>
        <translation>认证还有 1 个月到期</translation>
    </message>
    <message>
        <source>Certification expires in 7 days</source>
        <translation>认证还有 7 天到期</translation>
    </message>
    <message>
        <source>The certification expires on %1. Start the annual review in time; it costs %2 RMB.</source>
        <translation>认证将于 %1 到期。请及时开始年审；费用 %2 元。</translation>
    </message>
    <message>
        <source>Payment verification transfer due</source>
        <translation>打款验证截止</translation>
    </message>
    <message>
        <source>Transfer the stated amount from the corporate bank account to Tencent within %1 days of starting payment verification (started %2). Otherwise verification fails and must be started again.</source>
        <translation>请在开始打款验证后 %1 天内（开始于 %2）用对公银行账户向腾讯转入指定金额，否则验证失败，需要重新发起。</translation>
    </message>
    <message>
        <source>Electronic invoice expected</source>
        <translation>电子发票预计开出</translation>
    </message>
    <message>
        <source>Paper VAT special invoice expected</source>
        <translation>纸质增值税专用发票预计寄出</translation>
    </message>
    <message>
        <source>Tencent issues the invoice about %1 working days after the certification approval (%2). If it has not arrived by then, ask WeChat customer service; when it arrives, enter the date.</source>
        <translation>腾讯在认证审核通过（%2）后约 %1 个工作日开具发票。届时仍未收到，请联系微信客服；收到后请填写日期。</translation>
    </message>
    <message>
        <source>Name changes reset to 2</source>
        <translation>改名次数恢复为 2 次</translation>
    </message>
    <message>
        <source>On 1 January the mini program has 2 name changes again for the new year (%1 used so far).</source>
        <translation>每年 1 月 1 日起，小程序在新的一年重新拥有 2 次改名机会（目前已用 %1 次）。</translation>
    </message>
    <message>
        <source>Answer the MIIT SMS verification</source>
        <translation>完成管局短信核验</translation>
    </message>
    <message>
        <source>The verification SMS from 12381 arrived at %1 (Beijing time). Enter its code in the MIIT filing system within %2 hours, or the filing is returned.</source>
        <translation>12381 核验短信于 %1（北京时间）到达。请在 %2 小时内到工信部备案系统填写验证码，否则备案将被退回。</translation>
    </message>
    <message>
        <source>Platform review result expected</source>
        <translation>平台初审预计出结果</translation>
    </message>
    <message>
        <source>The platform reviews a filing in about %1 to %2 working days (submitted %3). If there is no result by then, check the filing page for messages.</source>
        <translation>平台初审约需 %1 至 %2 个工作日（提交于 %3）。届时仍无结果，请到备案页面查看消息。</translation>
    </message>
    <message>
        <source>Expect the platform&apos;s verification call</source>
        <translation>留意平台核验电话</translation>
    </message>
    <message>
        <source>The platform calls the leaders %1 to %2 working days after submission (submitted %3). Keep the phones listed in the filing reachable.</source>
        <translation>平台会在提交后 %1 至 %2 个工作日内致电负责人核验（提交于 %3）。请保持备案中填写的电话畅通。</translation>
    </message>
    <message>
        <source>Overdue since %1: %2. %3</source>
        <translation>已于 %1 逾期：%2。%3</translation>
    </message>
    <message>
        <source>Due %1: %2. %3</source>
        <translation>%1 到期：%2。%3</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them before closing?</source>
        <translation>%1 有尚未保存的修改。关闭前要保存吗？</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Not needed: %1. %2</source>
        <translation>不需要：%1。%2</translation>
    </message>
    <message>
        <source>%1 is not written:</source>
        <translation>未生成 %1：</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>These values cannot be read from the keychain:</source>
        <translation>无法从钥匙串读取以下数值：</translation>
    </message>
    <message>
        <source>Written in case the reviewer asks for it: %1. %2</source>
        <translation>以备审核人员要求而生成：%1。%2</translation>
    </message>
    <message>
        <source>Warning: %1: %2</source>
        <translation>警告：%1：%2</translation>
    </message>
</context>
<context>
    <name>FieldsCommand</name>
    <message>
        <source>--format: &quot;%1&quot; is not a format. Write --format text or --format json.</source>
        <translation>--format：“%1”不是可用的格式。请写 --format text 或 --format json。</translation>
    </message>
    <message>
        <source>--page: &quot;%1&quot; is not a page. The pages are: %2.</source>
        <translation>--page：“%1”不是页面名称。可用的页面：%2。</translation>
    </message>
    <message>
        <source>Warning: ID and bank account numbers are printed in full. They are now in this terminal&apos;s scrollback (and in any log of it); clear it when you are done.</source>
        <translation>警告：证件号码和银行账号已完整打印，现已留在此终端的滚动记录中（以及它的任何日志中）；用完后请清除。</translation>
    </message>
    <message>
        <source>%1 / %2 [%3]</source>
        <translation>%1 / %2 [%3]</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 (not copied until fixed)</source>
        <translation>%1：%2（改正前不会复制）</translation>
    </message>
    <message>
        <source>These values cannot be read from the keychain:</source>
        <translation>无法从钥匙串读取以下数值：</translation>
    </message>
</context>
<context>
    <name>FilingFields</name>
    <message>
        <source>entity type</source>
        <translation>主体类型</translation>
    </message>
    <message>
        <source>entity name</source>
        <translation>主体名称</translation>
    </message>
    <message>
        <source>unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>registered address</source>
        <translation>注册地址</translation>
    </message>
    <message>
        <source>province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>district</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>mailing address</source>
        <translation>通信地址</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>entity leader</source>
        <translation>主体负责人</translation>
    </message>
    <message>
        <source>account email</source>
        <translation>账号邮箱</translation>
    </message>
    <message>
        <source>email verified</source>
        <translation>邮箱已验证</translation>
    </message>
    <message>
        <source>email never used before</source>
        <translation>邮箱从未使用过</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>verification method</source>
        <translation>验证方式</translation>
    </message>
    <message>
        <source>verification started</source>
        <translation>验证开始</translation>
    </message>
    <message>
        <source>verification completed</source>
        <translation>验证完成</translation>
    </message>
    <message>
        <source>registration submitted</source>
        <translation>注册提交</translation>
    </message>
    <message>
        <source>registration approved</source>
        <translation>注册通过</translation>
    </message>
    <message>
        <source>agreement signed</source>
        <translation>协议签署</translation>
    </message>
    <message>
        <source>primary verification</source>
        <translation>主验证方式</translation>
    </message>
    <message>
        <source>certification contact</source>
        <translation>认证联系人</translation>
    </message>
    <message>
        <source>contact confirmed</source>
        <translation>联系人确认</translation>
    </message>
    <message>
        <source>fee paid</source>
        <translation>费用支付</translation>
    </message>
    <message>
        <source>certification approved</source>
        <translation>认证通过</translation>
    </message>
    <message>
        <source>name changes used</source>
        <translation>已用改名次数</translation>
    </message>
    <message>
        <source>invoice type</source>
        <translation>发票类型</translation>
    </message>
    <message>
        <source>invoice title</source>
        <translation>发票抬头</translation>
    </message>
    <message>
        <source>tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>invoice address</source>
        <translation>开票地址</translation>
    </message>
    <message>
        <source>invoice phone</source>
        <translation>开票电话</translation>
    </message>
    <message>
        <source>bank name</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>bank account number</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>invoice mailing address</source>
        <translation>发票邮寄地址</translation>
    </message>
    <message>
        <source>invoice recipient</source>
        <translation>发票收件人</translation>
    </message>
    <message>
        <source>recipient&apos;s phone</source>
        <translation>收件人电话</translation>
    </message>
    <message>
        <source>invoice information submitted</source>
        <translation>发票信息提交</translation>
    </message>
    <message>
        <source>documents ready</source>
        <translation>材料已备齐</translation>
    </message>
    <message>
        <source>invoice received</source>
        <translation>发票收到</translation>
    </message>
    <message>
        <source>mini program name</source>
        <translation>小程序名称</translation>
    </message>
    <message>
        <source>AppID</source>
        <translation>AppID（小程序 ID）</translation>
    </message>
    <message>
        <source>description</source>
        <translation>小程序描述</translation>
    </message>
    <message>
        <source>mini program leader</source>
        <translation>小程序负责人</translation>
    </message>
    <message>
        <source>leader face verification</source>
        <translation>负责人人脸核身</translation>
    </message>
    <message>
        <source>service categories</source>
        <translation>服务类目</translation>
    </message>
    <message>
        <source>filing status</source>
        <translation>备案状态</translation>
    </message>
    <message>
        <source>filing submitted</source>
        <translation>备案提交</translation>
    </message>
    <message>
        <source>platform review passed</source>
        <translation>平台初审通过</translation>
    </message>
    <message>
        <source>SMS received</source>
        <translation>收到短信</translation>
    </message>
    <message>
        <source>SMS answered</source>
        <translation>短信已回复</translation>
    </message>
    <message>
        <source>record number</source>
        <translation>备案号</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>ID valid from</source>
        <translation>证件有效期起</translation>
    </message>
    <message>
        <source>ID valid to</source>
        <translation>证件有效期止</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>emergency contact</source>
        <translation>应急联系电话</translation>
    </message>
    <message>
        <source>email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>platform&apos;s rejection reason</source>
        <translation>平台驳回理由</translation>
    </message>
    <message>
        <source>%1 printed</source>
        <translation>%1打印日期</translation>
    </message>
    <message>
        <source>%1 signed and sealed</source>
        <translation>%1签字盖章日期</translation>
    </message>
    <message>
        <source>%1 uploaded</source>
        <translation>%1上传日期</translation>
    </message>
</context>
<context>
    <name>FilingJson</name>
    <message>
        <source>This is not an mpdesk filing: its &quot;format&quot; is %1, not &quot;mpdesk&quot;. Open a file that mpdesk or a tool for mpdesk wrote.</source>
        <translation>这不是申办助手的申办文件：其“format”为 %1，而不是“mpdesk”。请打开由申办助手或配套工具生成的文件。</translation>
    </message>
    <message>
        <source>The format version must be a whole number from 1, but the file has %1. The file is damaged; open its backup or export it again.</source>
        <translation>格式版本应为从 1 开始的整数，但文件中是 %1。文件已损坏，请打开其备份或重新导出。</translation>
    </message>
    <message>
        <source>This file was written by a newer mpdesk (format version %1); this mpdesk reads version %2. Update mpdesk to open it; the file was not changed.</source>
        <translation>此文件由较新版本的申办助手写入（格式版本 %1），当前申办助手只能读取版本 %2。请升级申办助手后再打开；文件未被改动。</translation>
    </message>
    <message>
        <source>The project id &quot;%1&quot; is not a UUID. The file is damaged; open its backup.</source>
        <translation>项目编号“%1”不是有效的 UUID。文件已损坏，请打开其备份。</translation>
    </message>
    <message>
        <source>The file lists %1 people; a filing has at most %2. The file is damaged or not an mpdesk filing; open its backup or export it again.</source>
        <translation>文件中列有 %1 个人员，而申办文件最多只有 %2 个。文件已损坏或不是申办助手的申办文件；请打开其备份或重新导出。</translation>
    </message>
</context>
<context>
    <name>FilingSummary</name>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>待填写</translation>
    </message>
</context>
<context>
    <name>FingerprintKey</name>
    <message>
        <source>The key for comparing leaders across projects cannot be read: %1</source>
        <translation>无法读取用于跨项目比对负责人的密钥：%1</translation>
    </message>
    <message>
        <source>The key for comparing leaders across projects cannot be stored: %1</source>
        <translation>无法保存用于跨项目比对负责人的密钥：%1</translation>
    </message>
</context>
<context>
    <name>ForgetCommand</name>
    <message>
        <source>These entries could not be deleted from the keychain:</source>
        <translation>以下条目未能从系统钥匙串中删除：</translation>
    </message>
    <message>
        <source>Nothing was deleted from the keychain; the project&apos;s numbers are still there:</source>
        <translation>未从系统钥匙串中删除任何内容；该项目的号码仍在其中：</translation>
    </message>
    <message>
        <source>Deleted the %1 ID and account numbers of %2 from the system keychain. The project file is unchanged; opening it again asks for the numbers.</source>
        <translation>已从系统钥匙串中删除 %2 的 %1 个证件号码和账号。项目文件未改动；再次打开时需要重新填写这些号码。</translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Wrote %1 (%2 people; %3 ID and account numbers stored in the system keychain).</source>
        <translation>已写入 %1（%2 人；%3 个证件号码和账号已存入系统钥匙串）。</translation>
    </message>
    <message>
        <source>These values could not be stored in the keychain and are not in the project:</source>
        <translation>以下信息未能存入系统钥匙串，项目文件中也没有保存：</translation>
    </message>
    <message>
        <source>They are still in %1. Import again once the keychain works, or enter them in mpdesk.</source>
        <translation>这些信息仍在 %1 中。请在钥匙串可用后重新导入，或在申办助手中重新填写。</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>true or false</source>
        <translation>是/否（true 或 false）</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>expected %1 here but the file has %2. Correct this value in the file, or export the filing again from the tool that wrote it.</source>
        <translation>此处应为%1，但文件中是%2。请在文件中更正此值，或用生成它的工具重新导出。</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
</context>
<context>
    <name>KnownFilingsFolder</name>
    <message>
        <source>Not compared: %1</source>
        <translation>未比对：%1</translation>
    </message>
</context>
<context>
    <name>KnownFilingsIndex</name>
    <message>
        <source>The folder of %1 cannot be created.</source>
        <translation>无法创建 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 is no longer there; it is no longer compared with.</source>
        <translation>%1 已不存在，不再参与比对。</translation>
    </message>
</context>
<context>
    <name>LeaderReuse</name>
    <message>
        <source>This mini program leader is already the mini program leader of &quot;%1&quot; under another entity, %2 (project %3). A mini program leader cannot be used for a filing under a different entity: choose another person.</source>
        <translation>该小程序负责人已是另一主体%2的小程序“%1”的负责人（项目 %3）。同一小程序负责人不能在不同主体下备案：请更换人员。</translation>
    </message>
</context>
<context>
    <name>LetterData</name>
    <message>
        <source>entity name</source>
        <translation>主体名称</translation>
    </message>
    <message>
        <source>unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>registered address</source>
        <translation>注册地址</translation>
    </message>
    <message>
        <source>mini program name</source>
        <translation>小程序名称</translation>
    </message>
    <message>
        <source>AppID</source>
        <translation>AppID</translation>
    </message>
    <message>
        <source>pre-approval category</source>
        <translation>前置审批类型</translation>
    </message>
    <message>
        <source>approval number</source>
        <translation>审批文号</translation>
    </message>
    <message>
        <source>person in this role</source>
        <translation>担任此角色的人员</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>The letter template cannot be read: %1</source>
        <translation>无法读取信函模板：%1</translation>
    </message>
    <message>
        <source>The letter template cannot be filled: %1</source>
        <translation>无法填写信函模板：%1</translation>
    </message>
    <message>
        <source>pre-approval items</source>
        <translation>前置审批项</translation>
    </message>
    <message>
        <source>Declare the pre-approval categories (or &quot;none of these&quot;) first.</source>
        <translation>请先填写前置审批类型（或“以上都不涉及”）。</translation>
    </message>
    <message>
        <source>The letter lists this pre-approval category: enter its approval number.</source>
        <translation>信函会列出此前置审批类型，请填写其审批文号。</translation>
    </message>
    <message>
        <source>The ID number of %1 is not available on this computer; the letter prints it.</source>
        <translation>本机无法取得%1的证件号码，而信函需要打印该号码。</translation>
    </message>
    <message>
        <source>The letter prints the %1: enter it first.</source>
        <translation>信函需要打印%1，请先填写。</translation>
    </message>
    <message>
        <source>The letter prints the %1 of %2: enter it first.</source>
        <translation>信函需要打印 %2 的%1，请先填写。</translation>
    </message>
</context>
<context>
    <name>LetterManifest</name>
    <message>
        <source>%1 is not a letter manifest: %2</source>
        <translation>%1 不是信函清单：%2</translation>
    </message>
    <message>
        <source>%1 is not a letter manifest of version 1.</source>
        <translation>%1 不是第 1 版的信函清单。</translation>
    </message>
    <message>
        <source>%1: letter %2 needs an id, a title, a template and a condition.</source>
        <translation>%1：第 %2 封信函须有 id、标题、模板和条件。</translation>
    </message>
    <message>
        <source>%1: the id of letter %2 is &quot;%3&quot;; write it as &quot;%4&quot;.</source>
        <translation>%1：第 %2 封信函的 id 为“%3”，请写作“%4”。</translation>
    </message>
</context>
<context>
    <name>LetterNeeds</name>
    <message>
        <source>Every filing needs this letter.</source>
        <translation>每次备案都需要此信函。</translation>
    </message>
    <message>
        <source>The manifest&apos;s condition &quot;%1&quot; is not known to this version; the letter is kept.</source>
        <translation>此版本不认识清单中的条件“%1”，因此保留该信函。</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>The letter&apos;s PDF cannot be opened.</source>
        <translation>无法打开信函的 PDF。</translation>
    </message>
    <message>
        <source>The letter has no page %1.</source>
        <translation>信函没有第 %1 页。</translation>
    </message>
</context>
<context>
    <name>LetterRequirements</name>
    <message>
        <source>Mini program leader authorization letter</source>
        <translation>小程序负责人授权书</translation>
    </message>
    <message>
        <source>Choose the entity leader and the mini program leader first: the letter is needed when they are different people.</source>
        <translation>请先选择主体负责人和小程序负责人：两人不是同一人时需要授权书。</translation>
    </message>
    <message>
        <source>The mini program leader (%1) is not the entity leader (%2): print the template, fill it in, have the legal representative sign it and affix the official seal.</source>
        <translation>小程序负责人（%1）不是主体负责人（%2）：请打印模板并填写，由法定代表人签字并加盖公章。</translation>
    </message>
    <message>
        <source>The mini program leader is the entity leader (%1), so the process guide needs no authorization letter.</source>
        <translation>小程序负责人即主体负责人（%1），按操作指引无需授权书。</translation>
    </message>
    <message>
        <source>The filing platform&apos;s own rule asks for the letter when the mini program leader is not the legal representative (%1). Keep a signed and sealed letter ready in case the reviewer asks for it.</source>
        <translation>备案平台自身的规则要求：小程序负责人不是法定代表人（%1）时需提供授权书。请准备好签字盖章的授权书，以备审核人员要求时提交。</translation>
    </message>
    <message>
        <source>Entity leader authorization letter</source>
        <translation>主体负责人授权书</translation>
    </message>
    <message>
        <source>Choose the legal representative and the entity leader first: the letter is needed when they are different people.</source>
        <translation>请先选择法定代表人和主体负责人：两人不是同一人时需要授权书。</translation>
    </message>
    <message>
        <source>The entity leader is the legal representative (%1), so no letter is needed.</source>
        <translation>主体负责人即法定代表人（%1），无需授权书。</translation>
    </message>
    <message>
        <source>The entity leader (%1) is not the legal representative (%2): the legal representative authorizes them with a signed and sealed letter.</source>
        <translation>主体负责人（%1）不是法定代表人（%2）：需由法定代表人出具签字盖章的授权书。</translation>
    </message>
    <message>
        <source>Pre-approval commitment letter</source>
        <translation>前置审批承诺书</translation>
    </message>
    <message>
        <source>Every mini program filing uploads it, printed from the official template, signed and sealed. This mini program has pre-approval items: upload their approval documents too.</source>
        <translation>每个小程序备案都需上传，按官方模板打印、签字并盖章。本小程序涉及前置审批项：还需上传相应的审批文件。</translation>
    </message>
    <message>
        <source>Every mini program filing uploads it, printed from the official template, signed and sealed.</source>
        <translation>每个小程序备案都需上传，按官方模板打印、签字并盖章。</translation>
    </message>
    <message>
        <source>person no. %1 (no name yet)</source>
        <translation>第 %1 位人员（尚未填写姓名）</translation>
    </message>
</context>
<context>
    <name>LetterScans</name>
    <message>
        <source>%1 (%2) was attached on %3, before the letter was printed on %4: it cannot be a scan of the printed, signed and sealed letter. Attach the scan of the signed and sealed letter, or correct the day it was printed.</source>
        <translation>%1（%2）于 %3 添加，早于该文件的打印日期 %4：它不可能是打印后签字盖章的文件的扫描件。请添加签字盖章后的扫描件，或更正打印日期。</translation>
    </message>
    <message>
        <source>%1 (%2) was attached on %3, before the letter was signed and sealed on %4: it cannot show the signature and seal. Attach the scan of the signed and sealed letter, or correct the day it was signed.</source>
        <translation>%1（%2）于 %3 添加，早于该文件的签字盖章日期 %4：扫描件上不可能有签字和公章。请添加签字盖章后的扫描件，或更正签字盖章日期。</translation>
    </message>
    <message>
        <source>%1 (%2) is attached, but the letter is not marked signed and sealed: if the scan shows the signed and sealed letter, enter the day it was signed; if not, attach that scan instead.</source>
        <translation>已添加%1（%2），但该文件尚未标记为已签字盖章：如果扫描件是签字盖章后的文件，请填写签字盖章日期；如果不是，请改为添加签字盖章后的扫描件。</translation>
    </message>
</context>
<context>
    <name>LetterTemplates</name>
    <message>
        <source>The shipped template is missing from this build.</source>
        <translation>此版本缺少自带的模板。</translation>
    </message>
    <message>
        <source>The template cannot be read; the shipped template is used instead.</source>
        <translation>无法读取该模板，改用自带模板。</translation>
    </message>
    <message>
        <source>The template is not UTF-8 text; the shipped template is used instead.</source>
        <translation>该模板不是 UTF-8 文本，改用自带模板。</translation>
    </message>
    <message>
        <source>The shipped template is used until these problems are fixed.</source>
        <translation>在这些问题修正之前使用自带模板。</translation>
    </message>
</context>
<context>
    <name>LetterWriter</name>
    <message>
        <source>There is no template for the letter &quot;%1&quot;.</source>
        <translation>信函“%1”没有模板。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <source>No installed font has %1 (%2) in the %3; it would print as an empty box. Install a font that has it, or write the letter by hand.</source>
        <translation>已安装的字体都没有%3中的“%1”（%2），打印出来会是空框。请安装包含该字的字体，或手写此信函。</translation>
    </message>
    <message>
        <source>No installed font has %1, which the letter template uses.</source>
        <translation>信函模板用到的“%1”在已安装的字体中都没有。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>MaterialCheck</name>
    <message>
        <source>&quot;%1&quot; is not an upload slot: choose one of %2.</source>
        <translation>“%1”不是上传材料项：请从 %2 中选择。</translation>
    </message>
    <message>
        <source>%1 is not needed: %2 Remove %3 unless the reviewer asked for it.</source>
        <translation>%1不需要：%2除非审核人员要求，否则请移除 %3。</translation>
    </message>
    <message>
        <source>%1 is attached to pre-approval item %2, which the mini program does not have (or which is &quot;none of these&quot;): attach it to one of the pre-approval items, or remove it.</source>
        <translation>%1 添加在第 %2 个前置审批项下，但小程序没有该项（或该项为“以上都不涉及”）：请添加到某个前置审批项下，或将其移除。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 is an ID photo of someone who is not the entity leader nor the mini program leader: attach it to a leader&apos;s slot, or remove it.</source>
        <translation>%1 是证件照片，但此人既不是主体负责人也不是小程序负责人：请添加到负责人的材料项下，或将其移除。</translation>
    </message>
    <message>
        <source>No file is given: attach the photo or scan.</source>
        <translation>未指定文件：请添加照片或扫描件。</translation>
    </message>
    <message>
        <source>%1 changed since it was checked on %2: look at it, then attach it again so that mpdesk records what it is now.</source>
        <translation>%1 自 %2 检查以来已被修改：请查看该文件，然后重新添加，以便申办助手记录其当前状况。</translation>
    </message>
    <message>
        <source>%1 is not there (moved, renamed, or on a drive that is not connected): attach it again.</source>
        <translation>找不到 %1（可能已移动、改名或所在磁盘未连接）：请重新添加。</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2): check it opens, or attach a copy.</source>
        <translation>无法读取 %1（%2）：请确认能打开该文件，或添加一份副本。</translation>
    </message>
    <message>
        <source>%1 is the same file as the one in %2: each slot needs its own photo or scan (front and back are two photos).</source>
        <translation>%1 与 %2 中的文件相同：每个材料项需要各自的照片或扫描件（正面和反面是两张照片）。</translation>
    </message>
    <message>
        <source>%1 is not an image nor a PDF, whatever its name says: attach the photo or scan itself.</source>
        <translation>%1 不是图片也不是 PDF（无论文件名如何）：请添加照片或扫描件本身。</translation>
    </message>
    <message>
        <source>%1 is a %2 image, which mpdesk cannot read nor the platform take: export it as JPEG (on an iPhone: share it as JPEG, or set Camera → Formats → Most Compatible) and attach that.</source>
        <translation>%1 是 %2 图片，申办助手无法读取，平台也不接受：请导出为 JPEG（iPhone 上可以以 JPEG 分享，或在“相机 → 格式”中选择“兼容性最佳”）后添加。</translation>
    </message>
    <message>
        <source>%1 is %2; the platform takes only JPG, JPEG or PNG: Prepare upload files converts it to JPEG.</source>
        <translation>%1 是 %2 格式；平台只接受 JPG、JPEG 或 PNG：“准备上传文件”会将其转换为 JPEG。</translation>
    </message>
    <message>
        <source>%1 is %2×%3 pixels; the platform needs at least %4×%5 (either way round): scan it again at 300 dpi, or take the photo again closer.</source>
        <translation>%1 为 %2×%3 像素；平台要求至少 %4×%5（横竖均可）：请以 300 dpi 重新扫描，或靠近些重新拍摄。</translation>
    </message>
    <message>
        <source>%1 has %2 pages but the slot takes one image: the upload files hold one image per page; upload the page this slot asks for.</source>
        <translation>%1 有 %2 页，但该材料项只接受一张图片：上传文件中每页一张图片；请上传该材料项需要的那一页。</translation>
    </message>
    <message>
        <source>%1: nothing attached yet. %2</source>
        <translation>%1：尚未添加文件。%2</translation>
    </message>
    <message>
        <source>%1 holds %2 files; the platform takes one: remove the others.</source>
        <translation>%1 有 %2 个文件；平台只接受一个：请移除其余文件。</translation>
    </message>
    <message>
        <source>%1 holds %2 files; the platform takes at most %3: remove some, or combine statements into one.</source>
        <translation>%1 有 %2 个文件；平台最多接受 %3 个：请移除一些，或将说明合并为一份。</translation>
    </message>
    <message>
        <source>%1 is %2; the platform takes at most %3: Prepare upload files makes a smaller copy.</source>
        <translation>%1 为 %2；平台最多接受 %3：“准备上传文件”会生成较小的副本。</translation>
    </message>
</context>
<context>
    <name>MaterialFiles</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>the PDF is damaged or protected by a password</source>
        <translation>该 PDF 已损坏或受密码保护</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Page %1 of %2 cannot be read.</source>
        <translation>无法读取 %2 的第 %1 页。</translation>
    </message>
    <message>
        <source>Page %1 of %2 cannot be rendered.</source>
        <translation>无法渲染 %2 的第 %1 页。</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: %2</source>
        <translation>无法将 %1 作为图片读取：%2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>MaterialPack</name>
    <message>
        <source>%1 is a link that cannot be removed.</source>
        <translation>%1 是无法删除的链接。</translation>
    </message>
    <message>
        <source>%1 is in the way (not a file): move it and prepare the files again.</source>
        <translation>%1 占用了该位置（不是文件）：请将其移走后重新准备上传文件。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The image cannot be encoded as JPEG.</source>
        <translation>无法将图片编码为 JPEG。</translation>
    </message>
    <message>
        <source>Even at the smallest size the platform allows it stays over 2 MB: scan it again in colour at 300 dpi with less background, or save it as a JPEG of normal quality.</source>
        <translation>即使缩小到平台允许的最小尺寸仍超过 2 MB：请以 300 dpi 彩色重新扫描并减少背景，或另存为普通质量的 JPEG。</translation>
    </message>
    <message>
        <source>Choose a folder for the upload files.</source>
        <translation>请选择存放上传文件的文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made: choose another.</source>
        <translation>无法创建文件夹 %1：请另选一个。</translation>
    </message>
    <message>
        <source>%1 is not a folder: choose a folder for the upload files.</source>
        <translation>%1 不是文件夹：请选择存放上传文件的文件夹。</translation>
    </message>
    <message>
        <source>Not packed: the slot is not one of this filing&apos;s (see mpdesk check).</source>
        <translation>未打包：该材料项不属于本备案（见 mpdesk check）。</translation>
    </message>
    <message>
        <source>%1 is not there: attach it again.</source>
        <translation>找不到 %1：请重新添加。</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>无法读取 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 is not an image nor a PDF: attach the photo or scan itself.</source>
        <translation>%1 不是图片也不是 PDF：请添加照片或扫描件本身。</translation>
    </message>
    <message>
        <source>%1 is a %2 image mpdesk cannot read: export it as JPEG and attach that.</source>
        <translation>%1 是申办助手无法读取的 %2 图片：请导出为 JPEG 后添加。</translation>
    </message>
    <message>
        <source>%1 is %2×%3 pixels, under the platform&apos;s %4×%5: scan it again at 300 dpi (a copy is never scaled up).</source>
        <translation>%1 为 %2×%3 像素，低于平台要求的 %4×%5：请以 300 dpi 重新扫描（副本绝不会放大）。</translation>
    </message>
    <message>
        <source>Nothing attached. %1</source>
        <translation>尚未添加文件。%1</translation>
    </message>
    <message>
        <source>Upload files for the filing of %1, prepared on %2.</source>
        <translation>%1 备案的上传文件，准备于 %2。</translation>
    </message>
    <message>
        <source>the mini program</source>
        <translation>该小程序</translation>
    </message>
    <message>
        <source>These files show ID cards: delete them once they are uploaded.</source>
        <translation>这些文件含有身份证件图像：上传后请删除。</translation>
    </message>
    <message>
        <source>In this folder:</source>
        <translation>本文件夹中：</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Still missing or to be done:</source>
        <translation>仍缺少或待处理：</translation>
    </message>
    <message>
        <source>%1 holds no upload files prepared by mpdesk; nothing was deleted.</source>
        <translation>%1 中没有申办助手准备的上传文件；未删除任何文件。</translation>
    </message>
</context>
<context>
    <name>MaterialSlots</name>
    <message>
        <source>Entity and mini program leader</source>
        <translation>主体负责人兼小程序负责人</translation>
    </message>
    <message>
        <source>Entity leader</source>
        <translation>主体负责人</translation>
    </message>
    <message>
        <source>Mini program leader</source>
        <translation>小程序负责人</translation>
    </message>
    <message>
        <source>%1 (%2): ID, portrait side</source>
        <translation>%1（%2）：证件人像面</translation>
    </message>
    <message>
        <source>%1 (%2): ID, emblem side</source>
        <translation>%1（%2）：证件国徽面</translation>
    </message>
    <message>
        <source>The platform asks for both sides of each leader&apos;s ID.</source>
        <translation>平台要求每位负责人证件的正反两面。</translation>
    </message>
    <message>
        <source>%1: signed and sealed scan</source>
        <translation>%1：签字盖章扫描件</translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <source>An individual has no business licence.</source>
        <translation>个人没有营业执照。</translation>
    </message>
    <message>
        <source>The platform asks for a photo or colour scan of the business licence.</source>
        <translation>平台要求营业执照的照片或彩色扫描件。</translation>
    </message>
    <message>
        <source>Pre-approval document: %1</source>
        <translation>前置审批文件：%1</translation>
    </message>
    <message>
        <source>Each pre-approval item needs its approval document.</source>
        <translation>每个前置审批项都需要其审批文件。</translation>
    </message>
    <message>
        <source>Other entity attachments</source>
        <translation>主体其它附件</translation>
    </message>
    <message>
        <source>Other mini program attachments</source>
        <translation>小程序其它附件</translation>
    </message>
    <message>
        <source>Optional, at most %1 files: a province&apos;s extra letters, a statement (情况说明).</source>
        <translation>可选，最多 %1 个文件：省份要求的额外函件、情况说明等。</translation>
    </message>
</context>
<context>
    <name>NextAction</name>
    <message>
        <source>All done</source>
        <translation>全部完成</translation>
    </message>
    <message>
        <source>Every step is done or not needed. Keep the record number and renew the certification every year.</source>
        <translation>所有步骤均已完成或无需办理。请保存好备案号，并每年进行认证年审。</translation>
    </message>
    <message numerus="yes">
        <source>overdue since %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>已于 %1 逾期（%n 天前）</numerusform>
        </translation>
    </message>
    <message>
        <source>by %1 (today)</source>
        <translation>请在 %1 前完成（今天）</translation>
    </message>
    <message numerus="yes">
        <source>by %1 (in %n day(s))</source>
        <translation>
            <numerusform>请在 %1 前完成（还有 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1 — %2</source>
        <translation>下一步：%1 — %2</translation>
    </message>
    <message>
        <source>by %1, %2 h %3 min left</source>
        <translation>请在 %1 前完成，还剩 %2 小时 %3 分</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>已于 %1 逾期</translation>
    </message>
</context>
<context>
    <name>PackCommand</name>
    <message>
        <source>Index: %1</source>
        <translation>清单：%1</translation>
    </message>
    <message>
        <source>These files show ID cards: delete them once they are uploaded.</source>
        <translation>这些文件含有身份证件图像：上传后请删除。</translation>
    </message>
    <message>
        <source>%1  (%2×%3 pixels, %4)</source>
        <translation>%1（%2×%3 像素，%4）</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <source>%1: %2</source>
        <comment>a label, then what it says (a step and its state, a field and its problem)</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>PlatformPages</name>
    <message>
        <source>%1 is not a list of platform pages: %2</source>
        <translation>%1 不是平台页面定义文件：%2</translation>
    </message>
    <message>
        <source>%1 is not a list of platform pages of version 1.</source>
        <translation>%1 不是第 1 版的平台页面定义文件。</translation>
    </message>
    <message>
        <source>%1: page %2 needs an id, a title and an English title.</source>
        <translation>%1：第 %2 个页面需要 id、标题和英文标题。</translation>
    </message>
    <message>
        <source>%1: page &quot;%2&quot;, field %3</source>
        <translation>%1：页面“%2”的第 %3 个字段</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a field mpdesk knows.</source>
        <translation>%1：“%2”不是申办助手认识的字段。</translation>
    </message>
    <message>
        <source>%1 needs a label and an English label.</source>
        <translation>%1 需要标签和英文标签。</translation>
    </message>
    <message>
        <source>%1: the format &quot;%2&quot; is not one of %3.</source>
        <translation>%1：格式“%2”不在 %3 之中。</translation>
    </message>
    <message>
        <source>%1: the choices &quot;%2&quot; are not defined.</source>
        <translation>%1：选项表“%2”未定义。</translation>
    </message>
    <message>
        <source>%1: the condition &quot;%2&quot; is not known.</source>
        <translation>%1：条件“%2”无法识别。</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>The file %1 does not exist. Check the name and the folder.</source>
        <translation>文件 %1 不存在。请检查文件名和所在文件夹。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a filing. Choose a .mpdesk or .json file.</source>
        <translation>%1 是文件夹，不是申办文件。请选择 .mpdesk 或 .json 文件。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2. Check that you may read it.</source>
        <translation>无法读取文件 %1：%2。请检查您是否有权限读取。</translation>
    </message>
    <message>
        <source>The file %1 is not valid JSON (%2 at character %3); it may be cut off or damaged. Open its backup (.bak) or export it again.</source>
        <translation>文件 %1 不是有效的 JSON（第 %3 个字符处：%2），可能不完整或已损坏。请打开其备份（.bak）或重新导出。</translation>
    </message>
    <message>
        <source>The file %1 holds JSON but not a filing (it does not start with &quot;{&quot;). Open a file that mpdesk wrote.</source>
        <translation>文件 %1 是 JSON，但不是申办文件（不以“{”开头）。请打开由申办助手生成的文件。</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2. Free some disk space or choose another folder with Save As; your work is still open and the old file is unchanged.</source>
        <translation>无法保存 %1：%2。请释放磁盘空间，或用“另存为”选择其他文件夹；您的内容仍然打开着，原文件未改动。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>The file %1 is %2; a filing is never larger than %3. This is not an mpdesk filing, or it is damaged.</source>
        <translation>文件 %1 有 %2，而申办文件不会超过 %3。这不是申办助手的申办文件，或者文件已损坏。</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2. This is not an mpdesk filing, or it is damaged.</source>
        <translation>文件 %1 超过 %2。这不是申办助手的申办文件，或者文件已损坏。</translation>
    </message>
</context>
<context>
    <name>ProjectSecrets</name>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>bank account number</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>%1, %2 (%3): %4</source>
        <translation>%1，%2（%3）：%4</translation>
    </message>
    <message>
        <source>all %1 ID and account numbers: %2</source>
        <translation>全部 %1 个证件号码和账号：%2</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>certification contact</source>
        <translation>认证联系人</translation>
    </message>
    <message>
        <source>entity leader</source>
        <translation>主体负责人</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>mini program leader</source>
        <translation>小程序负责人</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Certification contact</source>
        <translation>认证联系人</translation>
    </message>
    <message>
        <source>Entity leader</source>
        <translation>主体负责人</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Mini program leader</source>
        <translation>小程序负责人</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>the disk reported an error</source>
        <translation>磁盘报告了错误</translation>
    </message>
    <message>
        <source>the disk holds %1 of its %2 bytes</source>
        <translation>磁盘上只有 %2 字节中的 %1 字节</translation>
    </message>
    <message>
        <source>the file is shorter than what was written</source>
        <translation>文件比写入的内容短</translation>
    </message>
    <message>
        <source>the disk gave back other bytes than were written</source>
        <translation>从磁盘读回的内容与写入的不一致</translation>
    </message>
    <message>
        <source>it is a link to another place; mpdesk writes only regular files. Remove the link or choose another folder</source>
        <translation>它是指向别处的链接；申办助手只写入普通文件。请删除该链接，或选择其他文件夹</translation>
    </message>
    <message>
        <source>it is a folder. Choose a file name</source>
        <translation>它是文件夹。请选择一个文件名</translation>
    </message>
    <message>
        <source>it is a device or a pipe, not a regular file; mpdesk writes only regular files. Choose another file name</source>
        <translation>它是设备或管道，不是普通文件；申办助手只写入普通文件。请选择其他文件名</translation>
    </message>
    <message>
        <source>it is a device or a pipe, not a regular file. Choose a file that mpdesk or a person wrote</source>
        <translation>它是设备或管道，不是普通文件。请选择由申办助手或他人保存的文件</translation>
    </message>
    <message>
        <source>its backup %1 cannot be written (%2)</source>
        <translation>无法写入其备份 %1（%2）</translation>
    </message>
</context>
<context>
    <name>SecretMessages</name>
    <message>
        <source>not on this computer — enter it again</source>
        <translation>不在这台电脑上——请重新填写</translation>
    </message>
    <message>
        <source>the keyring is locked: unlock it (e.g. log in again or open your keyring manager) and try again</source>
        <translation>密钥环已锁定：请解锁（例如重新登录，或打开密钥环管理器）后重试</translation>
    </message>
    <message>
        <source>The keychain did not answer in time; it may be frozen.</source>
        <translation>系统钥匙串未能及时响应，可能已停止响应。</translation>
    </message>
    <message>
        <source>The keychain refused mpdesk access.</source>
        <translation>系统钥匙串拒绝了申办助手的访问。</translation>
    </message>
    <message>
        <source>The keychain cannot be reached.</source>
        <translation>无法连接系统钥匙串。</translation>
    </message>
    <message>
        <source>Check that Windows Credential Manager is running and that you are signed in to your Windows account, then try again.</source>
        <translation>请确认 Windows 凭据管理器正在运行且已登录 Windows 账户，然后重试。</translation>
    </message>
    <message>
        <source>Unlock your login keychain and choose &quot;Allow&quot; when macOS asks whether mpdesk may use it, then try again.</source>
        <translation>请解锁“登录”钥匙串，并在 macOS 询问是否允许 mpdesk 使用时选择“允许”，然后重试。</translation>
    </message>
    <message>
        <source>Start or unlock GNOME Keyring or KWallet (log in to a desktop session, or run gnome-keyring-daemon with a D-Bus session), then try again.</source>
        <translation>请启动或解锁 GNOME 密钥环或 KWallet（登录桌面会话，或在 D-Bus 会话中运行 gnome-keyring-daemon），然后重试。</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>（详细信息：%1）</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Registration</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>Common pitfalls</source>
        <translation>常见问题</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>无需办理</translation>
    </message>
</context>
<context>
    <name>TemplateCheck</name>
    <message>
        <source>A tag opens with {{ but never closes with }}.</source>
        <translation>标记以 {{ 开始，但没有以 }} 结束。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; writes a value without escaping; letters write values only as {{name}}.</source>
        <translation>“%1”会不经转义写出数值；信函只允许以 {{名称}} 的形式写出数值。</translation>
    </message>
    <message>
        <source>Partials and delimiter changes are not supported in letters.</source>
        <translation>信函模板不支持局部模板和更改分隔符。</translation>
    </message>
    <message>
        <source>Unknown section &quot;%1&quot;.</source>
        <translation>未知的区段“%1”。</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; is closed but was never opened.</source>
        <translation>区段“%1”被关闭，但从未打开。</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; is closed here, but the open section is &quot;%2&quot; (line %3).</source>
        <translation>此处关闭了区段“%1”，但当前打开的区段是“%2”（第 %3 行）。</translation>
    </message>
    <message>
        <source>Empty placeholder {{}}.</source>
        <translation>空占位符 {{}}。</translation>
    </message>
    <message>
        <source>Unknown placeholder &quot;%1&quot;.</source>
        <translation>未知的占位符“%1”。</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; is opened here but never closed.</source>
        <translation>区段“%1”在此打开，但从未关闭。</translation>
    </message>
    <message>
        <source>The template engine cannot read this: %1</source>
        <translation>模板引擎无法读取：%1</translation>
    </message>
</context>
<context>
    <name>ToUnicodeRepair</name>
    <message>
        <source>the PDF font %1 shows %2 glyphs where the layout drew %3</source>
        <translation>PDF 字体 %1 显示了 %2 个字形，而排版绘制了 %3 个</translation>
    </message>
    <message>
        <source>the PDF font %1 does not draw its glyphs in the order they were laid out</source>
        <translation>PDF 字体 %1 绘制字形的顺序与排版顺序不一致</translation>
    </message>
    <message>
        <source>Text copied from this PDF may differ from the printed letter (%1). The printed page is right.</source>
        <translation>从此 PDF 复制出的文字可能与打印出的信函不同（%1）。打印出的页面是正确的。</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values (%2). Choose one of them.</source>
        <translation>“%1”不是允许的取值（%2）。请从中选择一个。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as year-month-day, for example 2026-05-06.</source>
        <translation>“%1”不是日期。请按“年-月-日”填写，例如 2026-05-06。</translation>
    </message>
    <message>
        <source>This date (%1) is before %2 (%3), which must come first. Correct one of the two.</source>
        <translation>此日期（%1）早于 %2（%3），而后者应在前。请更正其中一个。</translation>
    </message>
    <message>
        <source>Choose the entity type (enterprise for a company).</source>
        <translation>请选择主体类型（公司选“企业”）。</translation>
    </message>
    <message>
        <source>Enter the entity&apos;s full name exactly as it is on the business licence.</source>
        <translation>请填写主体全称，须与营业执照完全一致。</translation>
    </message>
    <message>
        <source>Enter the 18-character unified social credit code from the business licence.</source>
        <translation>请填写营业执照上的 18 位统一社会信用代码。</translation>
    </message>
    <message>
        <source>Enter the registered address exactly as on the business licence.</source>
        <translation>请填写证件住所，须与营业执照完全一致。</translation>
    </message>
    <message>
        <source>The unified social credit code has %1 characters; it must have 18. Copy it again from the business licence.</source>
        <translation>统一社会信用代码有 %1 位，应为 18 位。请对照营业执照重新填写。</translation>
    </message>
    <message>
        <source>The unified social credit code&apos;s last character should be &quot;%1&quot;, not &quot;%2&quot;: a character is mistyped. Compare it with the business licence.</source>
        <translation>统一社会信用代码的最后一位应为“%1”，而不是“%2”：有字符输错了。请对照营业执照核对。</translation>
    </message>
    <message>
        <source>The unified social credit code may only use digits and capital letters other than I, O, S, V and Z. Copy it again from the business licence.</source>
        <translation>统一社会信用代码只能包含数字和除 I、O、S、V、Z 以外的大写字母。请对照营业执照重新填写。</translation>
    </message>
    <message>
        <source>Characters 9 to 17 of the credit code (the organisation code) fail their own check. The code may still be right; compare it with the business licence.</source>
        <translation>信用代码第 9 至 17 位（组织机构代码）未通过其自身校验。代码也可能无误，请对照营业执照核对。</translation>
    </message>
    <message>
        <source>Choose the filing region: province, city and district, as 6-digit codes.</source>
        <translation>请选择备案地区：省、市、区，均为 6 位行政区划代码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 6-digit administrative code (for example 440305).</source>
        <translation>“%1”不是 6 位行政区划代码（例如 440305）。</translation>
    </message>
    <message>
        <source>%1 is not a province code; province codes end in 0000 (for example 440000).</source>
        <translation>%1 不是省级代码；省级代码以 0000 结尾（例如 440000）。</translation>
    </message>
    <message>
        <source>%1 is not a city of province %2; a city code starts with the province&apos;s first two digits and ends in 00 (for example 440300).</source>
        <translation>%1 不是省 %2 下的市；市级代码以所属省的前两位开头、以 00 结尾（例如 440300）。</translation>
    </message>
    <message>
        <source>%1 is not a district of city %2; a district code starts with the city&apos;s first four digits (for example 440305).</source>
        <translation>%1 不是市 %2 下的区县；区县代码以所属市的前四位开头（例如 440305）。</translation>
    </message>
    <message>
        <source>Enter the communication address. It must lie in the filing region.</source>
        <translation>请填写通信地址，须位于所选备案地区内。</translation>
    </message>
    <message>
        <source>Write the communication address without &quot;%1&quot; and the city and district: the platform adds them from the filing region.</source>
        <translation>通信地址请勿包含“%1”及市、区：平台会根据备案地区自动补上。</translation>
    </message>
    <message>
        <source>This person has no id. Give every person a short unique id, such as p1.</source>
        <translation>此人员没有编号。请为每个人设置一个简短且唯一的编号，例如 p1。</translation>
    </message>
    <message>
        <source>Another person already has the id &quot;%1&quot;. Give every person a unique id.</source>
        <translation>已有其他人员使用编号“%1”。请为每个人设置唯一的编号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mainland mobile number: 11 digits starting with 13 to 19. A +86 prefix, spaces and dashes are fine.</source>
        <translation>“%1”不是大陆手机号：应为 11 位数字，以 13 至 19 开头。可以带 +86 前缀、空格和短横线。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mainland mobile number: 11 digits starting with 13 to 19.</source>
        <translation>“%1”不是大陆手机号：应为 11 位数字，以 13 至 19 开头。</translation>
    </message>
    <message>
        <source>The emergency contact number is this person&apos;s own mobile number. Enter a different person&apos;s number.</source>
        <translation>应急联系电话与本人手机号相同。请填写另一个人的号码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Check it for typing errors.</source>
        <translation>“%1”不是电子邮箱地址。请检查是否输错。</translation>
    </message>
    <message>
        <source>This emergency number is the mobile number of %1. Every person needs an emergency number of their own that nobody else in the filing uses.</source>
        <translation>此应急电话是%1的手机号。每个人都需要自己的应急电话，且不能与本次备案中其他人的号码相同。</translation>
    </message>
    <message>
        <source>This emergency number is already the emergency number of %1. Different people may not share an emergency number.</source>
        <translation>此应急电话已是%1的应急电话。不同的人不能共用同一个应急电话。</translation>
    </message>
    <message>
        <source>The ID number of %1 is not on this computer (the project came from another computer, or the keychain could not be read). Enter it again.</source>
        <translation>%1的证件号码不在这台电脑上（项目来自其他电脑，或无法读取系统钥匙串）。请重新填写。</translation>
    </message>
    <message>
        <source>The last character of this %1 number should be &quot;%2&quot;, not &quot;%3&quot;: a digit is mistyped. Compare it with the card.</source>
        <translation>此%1号码的最后一位应为“%2”，而不是“%3”：有数字输错了。请对照证件核对。</translation>
    </message>
    <message>
        <source>Digits 7 to 14 of this %1 number (%2) are not a real date of birth. Compare the number with the card.</source>
        <translation>此%1号码的第 7 至 14 位（%2）不是有效的出生日期。请对照证件核对。</translation>
    </message>
    <message>
        <source>This number does not start the way a %1 number does. Check the ID type and the number.</source>
        <translation>此号码的开头不符合%1号码的规则。请检查证件类型和号码。</translation>
    </message>
    <message>
        <source>A %1 number has 18 characters: 17 digits and a last digit or X. Compare it with the card.</source>
        <translation>%1号码为 18 位：前 17 位是数字，最后一位是数字或 X。请对照证件核对。</translation>
    </message>
    <message>
        <source>A %1 number is H or M followed by 8 or 10 digits. Compare it with the card.</source>
        <translation>%1号码为 H 或 M 加 8 位或 10 位数字。请对照证件核对。</translation>
    </message>
    <message>
        <source>A %1 number has 8 digits. Compare it with the card.</source>
        <translation>%1号码为 8 位数字。请对照证件核对。</translation>
    </message>
    <message>
        <source>A %1 number has 15 characters (3 letters, 12 digits) or 18 digits. Compare it with the card.</source>
        <translation>%1号码为 15 位（3 个字母加 12 位数字）或 18 位数字。请对照证件核对。</translation>
    </message>
    <message>
        <source>A %1 number has 5 to 17 letters and digits. Compare it with the document.</source>
        <translation>%1号码由 5 至 17 位字母和数字组成。请对照证件核对。</translation>
    </message>
    <message>
        <source>The ID document is valid only from %1. Check the date on the card.</source>
        <translation>该证件自 %1 起才生效。请核对证件上的日期。</translation>
    </message>
    <message>
        <source>The end of validity (%1) must come after its start (%2). Check both dates on the card.</source>
        <translation>有效期截止日（%1）应晚于起始日（%2）。请核对证件上的两个日期。</translation>
    </message>
    <message>
        <source>This ID document expired on %1. The platform rejects it: renew it, or choose another person.</source>
        <translation>该证件已于 %1 过期，平台会驳回。请先换证，或改选其他人员。</translation>
    </message>
    <message>
        <source>This ID document expires on %1, in %2 days. Renew it before the filing is reviewed, or it may be rejected.</source>
        <translation>该证件将于 %1 到期（还剩 %2 天）。请在备案审核前换证，否则可能被驳回。</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>entity leader</source>
        <translation>主体负责人</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>certification contact</source>
        <translation>认证联系人</translation>
    </message>
    <message>
        <source>mini program leader</source>
        <translation>小程序负责人</translation>
    </message>
    <message>
        <source>No one is chosen as %1 yet. Choose a person.</source>
        <translation>尚未指定%1。请选择一位人员。</translation>
    </message>
    <message>
        <source>The %1 is &quot;%2&quot;, but no person has that id. Choose someone from the people list.</source>
        <translation>%1设为“%2”，但没有人员使用这个编号。请从人员列表中选择。</translation>
    </message>
    <message>
        <source>%1 is the %2, so %3 is needed. Enter it.</source>
        <translation>%1是%2，因此需要%3。请填写。</translation>
    </message>
    <message>
        <source>the name as on the ID document</source>
        <translation>与证件一致的姓名</translation>
    </message>
    <message>
        <source>the ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>the ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>the ID&apos;s start of validity</source>
        <translation>证件有效期起始日</translation>
    </message>
    <message>
        <source>the ID&apos;s end of validity (a date, or long-term)</source>
        <translation>证件有效期截止日（日期或“长期”）</translation>
    </message>
    <message>
        <source>a mobile number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>an emergency contact number (someone else&apos;s mobile)</source>
        <translation>应急联系电话（他人的手机号）</translation>
    </message>
    <message>
        <source>an email address</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Enter the account email: a brand-new address, never used on the WeChat Public or Open Platform nor bound to a personal WeChat.</source>
        <translation>请填写账号邮箱：须是全新的邮箱，从未在微信公众平台、开放平台注册过，也未绑定个人微信。</translation>
    </message>
    <message>
        <source>This email was already used on the WeChat platforms or with a personal WeChat, so registration will fail. Use a brand-new email: one email per mini program.</source>
        <translation>此邮箱已在微信平台注册过或已绑定个人微信，注册会失败。请使用全新的邮箱：一个邮箱只能注册一个小程序。</translation>
    </message>
    <message>
        <source>A %1 must use WeChat verification (the 300 RMB fee); payment verification is not offered to it.</source>
        <translation>%1只能使用微信认证（300 元认证费），不能选择打款验证。</translation>
    </message>
    <message>
        <source>A certified mini program has %1 name changes a year; %2 cannot have been used. Enter 0, 1 or 2.</source>
        <translation>认证后的小程序每年有 %1 次改名机会，不可能已用 %2 次。请填写 0、1 或 2。</translation>
    </message>
    <message>
        <source>Both name changes of this year are used: the name cannot change again before 1 January.</source>
        <translation>今年的两次改名机会已用完：明年 1 月 1 日前不能再改名。</translation>
    </message>
    <message>
        <source>Choose the invoice type before paying: it cannot be changed after submission.</source>
        <translation>请在付款前选择发票类型：提交后无法修改。</translation>
    </message>
    <message>
        <source>Enter the invoice title: the entity&apos;s full name, &quot;%1&quot;.</source>
        <translation>请填写发票抬头：主体全称“%1”。</translation>
    </message>
    <message>
        <source>The invoice title must be the entity&apos;s full name exactly, &quot;%1&quot;. It cannot be changed after submission.</source>
        <translation>发票抬头必须与主体全称“%1”完全一致。提交后无法修改。</translation>
    </message>
    <message>
        <source>Enter the taxpayer ID (usually the unified social credit code).</source>
        <translation>请填写纳税人识别号（通常即统一社会信用代码）。</translation>
    </message>
    <message>
        <source>A taxpayer ID has 15, 17, 18 or 20 letters and digits; this one has %1 characters. Copy it from the tax registration.</source>
        <translation>纳税人识别号应为 15、17、18 或 20 位字母和数字，此处为 %1 位。请对照税务登记信息填写。</translation>
    </message>
    <message>
        <source>the enterprise address</source>
        <translation>企业地址</translation>
    </message>
    <message>
        <source>the enterprise phone</source>
        <translation>企业电话</translation>
    </message>
    <message>
        <source>the bank name</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>the bank account number</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>An electronic invoice carries no address, phone, bank or account details. Remove %1, or choose a paper VAT special invoice.</source>
        <translation>电子发票不含地址、电话、开户行和账号信息。请删除%1，或改选纸质增值税专用发票。</translation>
    </message>
    <message>
        <source>A VAT special invoice needs %1. Enter it.</source>
        <translation>增值税专用发票需要%1。请填写。</translation>
    </message>
    <message>
        <source>The bank account number is not on this computer (the project came from another computer, or the keychain could not be read). Enter it again.</source>
        <translation>银行账号不在这台电脑上（项目来自其他电脑，或无法读取系统钥匙串）。请重新填写。</translation>
    </message>
    <message>
        <source>the address the invoice is mailed to</source>
        <translation>发票邮寄地址</translation>
    </message>
    <message>
        <source>the recipient&apos;s name</source>
        <translation>收件人姓名</translation>
    </message>
    <message>
        <source>the recipient&apos;s phone</source>
        <translation>收件人电话</translation>
    </message>
    <message>
        <source>A VAT special invoice is mailed on paper, so it needs %1. Enter it.</source>
        <translation>增值税专用发票为纸质邮寄，因此需要%1。请填写。</translation>
    </message>
    <message>
        <source>A VAT special invoice also needs the tax registration certificate (or the three-in-one business licence) and proof of the bank account. Prepare them and mark them ready.</source>
        <translation>增值税专用发票还需要税务登记证（或三证合一的营业执照）和银行开户证明。请准备好并标记为已就绪。</translation>
    </message>
    <message>
        <source>Enter the mini program&apos;s name (check the trademark first: name changes are limited).</source>
        <translation>请填写小程序名称（请先查询商标：改名次数有限）。</translation>
    </message>
    <message>
        <source>The name may not contain &quot;%1&quot;. Choose a name without it.</source>
        <translation>名称中不能包含“%1”。请换一个不含该词的名称。</translation>
    </message>
    <message>
        <source>Names are said to need 4 to 30 characters, a Chinese character counting as two; this one counts %1. The platform will tell for sure.</source>
        <translation>据第三方资料，名称长度需为 4 至 30 个字符（一个汉字按两个计），此名称计为 %1。以平台提示为准。</translation>
    </message>
    <message>
        <source>Describe what the mini program actually does in %1 to %2 characters; this has %3.</source>
        <translation>请用 %1 至 %2 个字描述小程序的实际服务内容；当前为 %3 个字。</translation>
    </message>
    <message>
        <source>Choose 1 to %1 service categories (second-level categories only); %2 are chosen.</source>
        <translation>请选择 1 至 %1 个服务类目（仅限二级类目）；当前选了 %2 个。</translation>
    </message>
    <message>
        <source>This service category is empty. Choose a category or remove the line.</source>
        <translation>此服务类目为空。请选择类目或删除这一行。</translation>
    </message>
    <message>
        <source>Prepare at least two candidate names and check their trademarks: a rejected name costs a name change.</source>
        <translation>请至少准备两个备选名称并查询商标：名称被驳回会消耗一次改名机会。</translation>
    </message>
    <message>
        <source>The trademark of the chosen name &quot;%1&quot; is not checked as clear. Check it before submitting: name changes are limited.</source>
        <translation>所选名称“%1”的商标尚未确认无冲突。请在提交前查询：改名次数有限。</translation>
    </message>
    <message>
        <source>The chosen name &quot;%1&quot; is not among the candidates, so its trademark check is not recorded. Add it and check it.</source>
        <translation>所选名称“%1”不在备选名称中，因此没有商标查询记录。请添加并查询。</translation>
    </message>
    <message>
        <source>Declare the pre-approval items: each category that applies, or &quot;none of these&quot;.</source>
        <translation>请申报前置审批事项：逐项选择涉及的类别，或选择“以上都不涉及”。</translation>
    </message>
    <message>
        <source>&quot;None of these&quot; cannot be combined with other pre-approval items. Keep either &quot;none of these&quot; or the categories that apply.</source>
        <translation>“以上都不涉及”不能与其他前置审批事项同时选择。请只保留“以上都不涉及”，或只保留涉及的类别。</translation>
    </message>
    <message>
        <source>Choose the pre-approval category, or remove the line.</source>
        <translation>请选择前置审批类别，或删除这一行。</translation>
    </message>
    <message>
        <source>%1 needs the approval number from the authority (for example %2).</source>
        <translation>“%1”需要填写主管部门的审批文号（例如 %2）。</translation>
    </message>
    <message>
        <source>%1 is a sensitive category: upload the approval document with the filing, and be sure the mini program really needs this category.</source>
        <translation>“%1”属于敏感类别：请随备案上传审批文件，并确认小程序确实需要此类别。</translation>
    </message>
    <message>
        <source>The SMS cannot be verified before it arrived (%1). Correct one of the two times.</source>
        <translation>短信不可能在收到（%1）之前完成核验。请更正其中一个时间。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mini program&apos;s ICP record number, which looks like %2: the province&apos;s abbreviation, %3, digits, a dash, a number and X. Copy it from the filing system.</source>
        <translation>“%1”不是小程序的 ICP 备案号。备案号形如 %2：省份简称、%3、数字、短横线、序号和 X。请从备案系统中复制。</translation>
    </message>
    <message>
        <source>The record number starts with &quot;%1&quot;, but the filing region is %2 (&quot;%3&quot;). Check the number and the region.</source>
        <translation>备案号以“%1”开头，但备案地区是%2（“%3”）。请核对备案号和地区。</translation>
    </message>
    <message>
        <source>The date %1 is not between %2 and %3. Check the year.</source>
        <translation>日期 %1 不在 %2 年至 %3 年之间。请检查年份。</translation>
    </message>
    <message>
        <source>This field holds an invisible character (%1, at position %2) that can hide text or print it in reverse order on the letters. Delete the value and type it again.</source>
        <translation>此项含有一个不可见字符（%1，位于第 %2 个字符处），它会在函件上隐藏文字或使文字倒序打印。请删除此项内容后重新输入。</translation>
    </message>
    <message>
        <source>This field is %1 characters long; at most %2 fit. Shorten it.</source>
        <translation>此项有 %1 个字符，最多只能容纳 %2 个。请缩短。</translation>
    </message>
    <message>
        <source>person no. %1 (no name yet)</source>
        <translation>第 %1 位人员（尚未填写姓名）</translation>
    </message>
    <message>
        <source>The platform rejected the filing: enter the reason it gave.</source>
        <translation>平台驳回了备案：请填写平台给出的驳回理由。</translation>
    </message>
    <message>
        <source>The platform rejected the filing: &quot;%1&quot;. Correct this, submit again and set the status back to platform review.</source>
        <translation>平台驳回了备案：“%1”。请按此修改，重新提交，并把备案状态改回“平台初审中”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time. Write it as in China, for example 2026-05-06 09:30, or with its time zone: 2026-05-06T09:30:00+08:00.</source>
        <translation>“%1”不是时间。请按北京时间填写，例如 2026-05-06 09:30，或连同时区填写：2026-05-06T09:30:00+08:00。</translation>
    </message>
    <message>
        <source>The record number is entered, so the filing is approved: set the status to &quot;%1&quot;.</source>
        <translation>已填写备案号，说明备案已通过：请把备案状态改为“%1”。</translation>
    </message>
    <message>
        <source>The record number is entered, so the filing is approved, but the status says &quot;%1&quot;: set it to &quot;%2&quot;.</source>
        <translation>已填写备案号，说明备案已通过，但备案状态仍是“%1”：请改为“%2”。</translation>
    </message>
    <message>
        <source>Nobody is entered yet: add each person of the filing once (legal representative, entity leader, administrator, mini program leader), then give them their roles.</source>
        <translation>还没有录入任何人员：请把本次申办涉及的每个人（法定代表人、主体负责人、管理员、小程序负责人）各录入一次，再为他们指定角色。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Individual business</source>
        <translation>个体工商户</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>其他组织</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Resident identity card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Mainland travel permit for Hong Kong and Macao residents</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Mainland travel permit for Taiwan residents</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Foreign permanent resident ID card</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>Residence permit for Hong Kong and Macao residents</source>
        <translation>港澳居民居住证</translation>
    </message>
    <message>
        <source>Residence permit for Taiwan residents</source>
        <translation>台湾居民居住证</translation>
    </message>
    <message>
        <source>Payment verification (corporate transfer within 10 days)</source>
        <translation>打款验证（10 天内对公打款）</translation>
    </message>
    <message>
        <source>WeChat verification (300 RMB fee)</source>
        <translation>微信认证（300 元认证费）</translation>
    </message>
    <message>
        <source>Corporate bank transfer</source>
        <translation>对公打款</translation>
    </message>
    <message>
        <source>Legal representative face verification</source>
        <translation>法定代表人人脸验证</translation>
    </message>
    <message>
        <source>Electronic business licence</source>
        <translation>电子营业执照</translation>
    </message>
    <message>
        <source>No invoice</source>
        <translation>不开发票</translation>
    </message>
    <message>
        <source>Electronic invoice</source>
        <translation>电子发票</translation>
    </message>
    <message>
        <source>Paper VAT special invoice</source>
        <translation>纸质增值税专用发票</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未查询</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>无冲突</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>有冲突</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Platform review</source>
        <translation>平台初审中</translation>
    </message>
    <message>
        <source>Rejected by the platform</source>
        <translation>平台初审驳回</translation>
    </message>
    <message>
        <source>MIIT bureau review</source>
        <translation>管局审核中</translation>
    </message>
    <message>
        <source>Rejected by the MIIT bureau</source>
        <translation>管局审核驳回</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已备案</translation>
    </message>
    <message>
        <source>News</source>
        <translation>新闻</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>出版</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>医疗保健</translation>
    </message>
    <message>
        <source>Drugs and medical devices</source>
        <translation>药品和医疗器械</translation>
    </message>
    <message>
        <source>Electronic bulletin services</source>
        <translation>电子公告服务</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>文化</translation>
    </message>
    <message>
        <source>Radio, film and television programmes</source>
        <translation>广播电影电视节目</translation>
    </message>
    <message>
        <source>Online ride-hailing</source>
        <translation>网络预约车</translation>
    </message>
    <message>
        <source>Internet finance</source>
        <translation>互联网金融</translation>
    </message>
    <message>
        <source>Off-campus training</source>
        <translation>校外培训</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>以上都不涉及</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>The holiday file %1 cannot be read: %2.</source>
        <translation>无法读取节假日文件 %1：%2。</translation>
    </message>
    <message>
        <source>The holiday file %1 is too large to be a holiday notice.</source>
        <translation>节假日文件 %1 过大，不是节假日安排文件。</translation>
    </message>
    <message>
        <source>The holiday file %1 is not valid JSON (%2). Download it again.</source>
        <translation>节假日文件 %1 不是有效的 JSON（%2）。请重新下载。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>The holiday file %1 names no year: add &quot;year&quot;, or name the file after the year, for example 2027.json.</source>
        <translation>节假日文件 %1 未注明年份：请添加 &quot;year&quot;，或以年份命名文件，例如 2027.json。</translation>
    </message>
    <message>
        <source>The holiday file %1 has no &quot;days&quot; list. It must follow the holiday-cn format.</source>
        <translation>节假日文件 %1 缺少 &quot;days&quot; 列表。文件须符合 holiday-cn 格式。</translation>
    </message>
    <message>
        <source>Entry %1 of the holiday file %2 needs a &quot;date&quot; (year-month-day) and &quot;isOffDay&quot; (true or false).</source>
        <translation>节假日文件 %2 的第 %1 项需要 &quot;date&quot;（年-月-日）和 &quot;isOffDay&quot;（true 或 false）。</translation>
    </message>
    <message numerus="yes">
        <source>The State Council&apos;s holiday notice for %1 is not loaded: weekends only were counted, so the date may be off by the holidays of that year. Add the notice&apos;s file to %2 when it is published.</source>
        <translation>
            <numerusform>未载入国务院 %1 年节假日安排通知：仅按周末计算，日期可能因当年节假日而有出入。通知发布后，请将其文件放入 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mpdesk::CertificationEditor</name>
    <message>
        <source>Service agreement</source>
        <translation>服务协议</translation>
    </message>
    <message>
        <source>Sign the WeChat Public Platform certification service agreement first. The certification is valid for one year and must be renewed every year.</source>
        <translation>先签署《微信公众平台认证服务协议》。认证有效期为一年，每年都需要重新认证。</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>协议签署日期</translation>
    </message>
    <message>
        <source>Certification data</source>
        <translation>认证资料</translation>
    </message>
    <message>
        <source>The entity proves itself by a corporate bank transfer, a face verification of the legal representative, or its electronic business licence. The certification contact confirms by scanning a QR code.</source>
        <translation>主体验证可选对公打款、法定代表人人脸核验或电子营业执照。认证联系人扫描二维码确认。</translation>
    </message>
    <message>
        <source>Primary verification</source>
        <translation>主体验证方式</translation>
    </message>
    <message>
        <source>Certification contact</source>
        <translation>认证联系人</translation>
    </message>
    <message>
        <source>QR code confirmed on</source>
        <translation>扫码确认日期</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Only electronic invoices and paper VAT special invoices are issued. The title must be the entity&apos;s full name. An electronic invoice carries no address, phone or bank details; a VAT special invoice also needs the tax registration certificate and proof of the bank account. Nothing can be changed after submission.</source>
        <translation>只能开电子发票或纸质增值税专用发票。发票抬头必须是主体全称。电子发票不含地址、电话、开户行和账号；增值税专用发票还需提供税务登记证（三证合一的提供营业执照）和银行开户证明。发票信息提交后不能修改。</translation>
    </message>
    <message>
        <source>Invoice type</source>
        <translation>发票类型</translation>
    </message>
    <message>
        <source>Invoice title</source>
        <translation>发票抬头</translation>
    </message>
    <message>
        <source>the entity&apos;s full name</source>
        <translation>主体全称</translation>
    </message>
    <message>
        <source>Taxpayer ID</source>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <source>usually the unified social credit code</source>
        <translation>一般就是统一社会信用代码</translation>
    </message>
    <message>
        <source>Enterprise address</source>
        <translation>企业地址</translation>
    </message>
    <message>
        <source>Enterprise phone</source>
        <translation>企业电话</translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Bank account number</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Mailing address</source>
        <translation>邮寄地址</translation>
    </message>
    <message>
        <source>where the paper invoice is sent</source>
        <translation>纸质发票的寄送地址</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Recipient phone</source>
        <translation>收件人电话</translation>
    </message>
    <message>
        <source>Tax certificate and bank proof ready</source>
        <translation>税务登记证和开户证明已备好</translation>
    </message>
    <message>
        <source>Invoice information submitted on</source>
        <translation>发票信息提交日期</translation>
    </message>
    <message>
        <source>Invoice received on</source>
        <translation>收到发票日期</translation>
    </message>
    <message>
        <source>Fee and review</source>
        <translation>付费与审核</translation>
    </message>
    <message>
        <source>Enterprises pay 300 RMB per certification, by WeChat Pay only, and it is not refundable; individuals pay 30 RMB and cannot enable WeChat Pay. Review takes about 1 to 5 working days. After approval the name can be changed twice.</source>
        <translation>企业每次认证费用 300 元，只能用微信支付，不予退还；个人认证 30 元，但不能开通微信支付。审核约需 1 至 5 个工作日。认证通过后有两次改名机会。</translation>
    </message>
    <message>
        <source>Fee paid on</source>
        <translation>付费日期</translation>
    </message>
    <message>
        <source>Certification approved on</source>
        <translation>认证通过日期</translation>
    </message>
    <message>
        <source>Name changes used</source>
        <translation>已用改名次数</translation>
    </message>
    <message>
        <source>0, 1 or 2</source>
        <translation>0、1 或 2</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>微信认证</translation>
    </message>
    <message>
        <source>Choose the invoice type</source>
        <translation>选择发票类型</translation>
    </message>
    <message>
        <source>Invoice type: %1
Invoice title: %2

The platform does not allow the invoice information to be changed after it is submitted, and mpdesk keeps it read-only from then on. Mark it as submitted?</source>
        <translation>发票类型：%1
发票抬头：%2

发票信息提交后，平台不允许再修改，申办助手也会从此将其设为只读。确定标记为已提交吗？</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Errors still open in the invoice information: %1.</source>
        <translation>发票信息中还有 %1 个错误未改正。</translation>
    </message>
    <message>
        <source>Mark the invoice information as submitted?</source>
        <translation>标记发票信息为已提交？</translation>
    </message>
    <message>
        <source>Mark the invoice information as submitted</source>
        <translation>标记发票信息为已提交</translation>
    </message>
    <message>
        <source>Mark invoice information as submitted…</source>
        <translation>标记发票信息为已提交…</translation>
    </message>
    <message>
        <source>Mark invoice information as submitted</source>
        <translation>标记发票信息为已提交</translation>
    </message>
    <message>
        <source>Do this once you have submitted the invoice information on the platform: it cannot be changed afterwards.</source>
        <translation>在平台上提交发票信息后再点这里：提交后就不能再修改。</translation>
    </message>
    <message>
        <source>not submitted yet</source>
        <translation>尚未提交</translation>
    </message>
    <message>
        <source>The invoice information was submitted on %1; the platform does not allow changes to it, so it is read-only here.</source>
        <translation>发票信息已于 %1 提交；平台不允许再修改，因此这里只能查看。</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>提交日期</translation>
    </message>
</context>
<context>
    <name>mpdesk::ChecklistSidebar</name>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1  (%2/%3)</source>
        <translation>%1（%2/%3）</translation>
    </message>
    <message>
        <source>%1 of %2 steps finished</source>
        <translation>已完成 %1/%2 步</translation>
    </message>
</context>
<context>
    <name>mpdesk::CompanionPanel</name>
    <message>
        <source>The number was cleared from the clipboard.</source>
        <translation>号码已从剪贴板清除。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>Copy each field in turn and paste it into the platform&apos;s page. ID and account numbers are cleared from the clipboard %n second(s) after copying.</source>
        <translation>
            <numerusform>逐项复制并粘贴到平台页面中。证件号码和银行账号复制 %n 秒后会从剪贴板清除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy next (Ctrl+Shift+N)</source>
        <translation>复制下一项（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>复制%1</translation>
    </message>
    <message>
        <source>Copy anyway</source>
        <translation>仍然复制</translation>
    </message>
    <message>
        <source>%1 is not copied: %2 Fix it, or copy it anyway.</source>
        <translation>未复制%1：%2请改正，或选择仍然复制。</translation>
    </message>
    <message>
        <source>%1 has nothing to copy. %2</source>
        <translation>%1没有可复制的内容。%2</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1. It is cleared from the clipboard in %n second(s).</source>
        <translation>
            <numerusform>已复制%1，%n 秒后将从剪贴板清除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>已复制%1。</translation>
    </message>
    <message>
        <source>Every field of this page is copied. Choose the next page.</source>
        <translation>本页所有字段均已复制，请选择下一页。</translation>
    </message>
</context>
<context>
    <name>mpdesk::DeadlinesPanel</name>
    <message>
        <source>Export deadlines</source>
        <translation>导出期限</translation>
    </message>
    <message>
        <source>mpdesk-deadlines.ics</source>
        <translation>小程序申办期限.ics</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 日历 (*.ics)</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>%1 (done)</source>
        <translation>%1（已完成）</translation>
    </message>
    <message>
        <source>Cannot export deadlines</source>
        <translation>无法导出期限</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Export to Calendar (.ics)…</source>
        <translation>导出到日历（.ics）…</translation>
    </message>
</context>
<context>
    <name>mpdesk::EntityEditor</name>
    <message>
        <source>Filing region</source>
        <translation>备案地区</translation>
    </message>
    <message>
        <source>Province code</source>
        <translation>省份代码</translation>
    </message>
    <message>
        <source>e.g. 440000</source>
        <translation>例如 440000</translation>
    </message>
    <message>
        <source>City code</source>
        <translation>城市代码</translation>
    </message>
    <message>
        <source>e.g. 440300</source>
        <translation>例如 440300</translation>
    </message>
    <message>
        <source>District code</source>
        <translation>区县代码</translation>
    </message>
    <message>
        <source>e.g. 440305</source>
        <translation>例如 440305</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The registered address is copied from the business licence. The communication address must lie in the filing region and is written without the province, city and district.</source>
        <translation>证件住所照营业执照填写。通讯地址必须在备案地区内，填写时不含省、市、区县。</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>证件住所</translation>
    </message>
    <message>
        <source>as on the business licence</source>
        <translation>与营业执照一致</translation>
    </message>
    <message>
        <source>Communication address</source>
        <translation>通讯地址</translation>
    </message>
    <message>
        <source>street and building, without the province, city and district</source>
        <translation>街道、门牌和楼宇，不含省、市、区县</translation>
    </message>
    <message>
        <source>People responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>When the entity leader is not the legal representative, an authorization letter signed by the legal representative is needed, and the legal representative&apos;s ID number too.</source>
        <translation>主体负责人不是法定代表人时，需要法定代表人签字的授权书，还要填写法定代表人的证件号码。</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Entity leader</source>
        <translation>主体负责人</translation>
    </message>
    <message>
        <source>Filing: entity</source>
        <translation>备案：主体信息</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Choose the filing region</source>
        <translation>选择备案地区</translation>
    </message>
    <message>
        <source>Choose the province, city and district by name: their administrative codes below follow by themselves. The same entity must use the same filing province on every platform.</source>
        <translation>按名称选择省、市、区，下方的行政区划代码会随之填好。同一主体在各平台必须使用同一个备案省份。</translation>
    </message>
</context>
<context>
    <name>mpdesk::FilingDocument</name>
    <message>
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>These numbers are not in the system keychain; they stay in this window until it closes and are used for the letters, but they are not saved anywhere:</source>
        <translation>以下号码不在系统钥匙串中；在关闭窗口前它们仍保留在本窗口中并可用于生成函件，但不会保存到任何地方：</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>恢复未保存的内容</translation>
    </message>
    <message>
        <source>Edit %1 of a person</source>
        <translation>修改某人的%1</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>修改%2的%1</translation>
    </message>
</context>
<context>
    <name>mpdesk::FilingProgressEditor</name>
    <message>
        <source>Platform review</source>
        <translation>平台初审</translation>
    </message>
    <message>
        <source>The platform reviews the filing in about 1 to 2 working days; expect a verification phone call in that time. After approval the request goes on to the MIIT bureau.</source>
        <translation>平台初审约需 1 至 2 个工作日，其间会有核验电话，请保持电话畅通。初审通过后提交管局审核。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>备案状态</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Platform approved on</source>
        <translation>平台初审通过日期</translation>
    </message>
    <message>
        <source>SMS verification</source>
        <translation>短信核验</translation>
    </message>
    <message>
        <source>The MIIT bureau sends an SMS from 12381. Complete the verification in the filing system within 24 hours of its arrival.</source>
        <translation>管局会通过 12381 发送核验短信。请在收到短信后 24 小时内到备案系统完成核验。</translation>
    </message>
    <message>
        <source>SMS received at</source>
        <translation>收到短信时间</translation>
    </message>
    <message>
        <source>SMS verified at</source>
        <translation>完成短信核验时间</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>备案号</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>Print it, have it signed and sealed with the official seal, then scan it and upload it to the filing platform. Enter each date as it happens.</source>
        <translation>打印后请相关人员签字并加盖公章，再扫描上传到备案平台。每完成一步就填写当天的日期。</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>打印日期</translation>
    </message>
    <message>
        <source>Signed and sealed on</source>
        <translation>签字盖章日期</translation>
    </message>
    <message>
        <source>Uploaded on</source>
        <translation>上传日期</translation>
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation>驳回理由</translation>
    </message>
    <message>
        <source>copy the reason the platform gave</source>
        <translation>复制平台给出的驳回理由</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Once the filing is approved the record number is added to the mini program&apos;s description automatically; nothing needs to be done by hand. Entering it marks the filing as filed.</source>
        <translation>备案通过后，备案号会自动添加到小程序的描述中，无需手动添加。填写备案号即表示备案已完成。</translation>
    </message>
    <message>
        <source>Filing: letters, review and SMS</source>
        <translation>备案：函件、审核与短信核验</translation>
    </message>
    <message>
        <source>Starts when you enter the time the SMS arrived.</source>
        <translation>填写收到短信的时间后开始倒计时。</translation>
    </message>
    <message>
        <source>Nothing left to answer.</source>
        <translation>无需再回复短信。</translation>
    </message>
    <message>
        <source>Answered; the bureau decides next.</source>
        <translation>已完成核验，等待管局审核结果。</translation>
    </message>
    <message>
        <source>%1 h %2 min left: answer the SMS by %3 (China time).</source>
        <translation>还剩 %1 小时 %2 分：请在 %3（北京时间）前完成短信核验。</translation>
    </message>
    <message>
        <source>The 24 hours ran out at %1 (China time). Answer at once; if the system no longer accepts it, the filing is rejected and must be submitted again.</source>
        <translation>24 小时已于 %1（北京时间）到期。请立即核验；如系统已不再受理，备案会被驳回，需要重新提交。</translation>
    </message>
</context>
<context>
    <name>mpdesk::FormPage</name>
    <message>
        <source>YYYY-MM-DD, e.g. 2026-05-06</source>
        <translation>年-月-日，例如 2026-05-06</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— 未填写 —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— 尚未指定 —</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>kept in the system keychain, never in the project file</source>
        <translation>保存在系统钥匙串中，不写入项目文件</translation>
    </message>
    <message>
        <source>not on this computer — enter it again</source>
        <translation>不在这台电脑上——请重新填写</translation>
    </message>
    <message>
        <source>Show or hide the number</source>
        <translation>显示或隐藏号码</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示%1</translation>
    </message>
    <message>
        <source>ID ending %1</source>
        <translation>证件尾号 %1</translation>
    </message>
    <message>
        <source>mobile ending %1</source>
        <translation>手机尾号 %1</translation>
    </message>
    <message>
        <source>person no. %1 (no name yet)</source>
        <translation>第 %1 位人员（尚未填写姓名）</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1（第 %2 位）</translation>
    </message>
    <message>
        <source>someone no longer in the people list</source>
        <translation>已不在人员名单中的人</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Name, exactly as on the ID document (the other details are entered under People and roles):</source>
        <translation>姓名（与证件上完全一致；其他信息在“人员与角色”中填写）：</translation>
    </message>
    <message>
        <source>Add %1 as %2</source>
        <translation>添加%1为%2</translation>
    </message>
    <message>
        <source>date and time in China, e.g. 2026-12-02 09:30</source>
        <translation>北京时间，例如 2026-12-02 09:30</translation>
    </message>
    <message>
        <source>long-term</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or long-term</source>
        <translation>年-月-日，或填“长期”</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>选择日期</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a field&apos;s label</comment>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>mpdesk::LettersPage</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Export the letter as PDF</source>
        <translation>将函件导出为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Needed: %1 — %2</source>
        <translation>需要：%1 — %2</translation>
    </message>
    <message>
        <source>Not needed: %1 — %2</source>
        <translation>不需要：%1 — %2</translation>
    </message>
    <message>
        <source>This letter cannot be printed yet:</source>
        <translation>此函件暂时无法打印：</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>授权书与承诺书</translation>
    </message>
    <message>
        <source>Leave the date blank, to be filled in by hand</source>
        <translation>日期留空，打印后手写</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Letters this filing needs</source>
        <translation>本次备案需要的函件</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>函件预览</translation>
    </message>
    <message>
        <source>Export all letters to a folder</source>
        <translation>将全部函件导出到文件夹</translation>
    </message>
    <message>
        <source>In case the reviewer asks for it: %1 — %2</source>
        <translation>以备审核要求：%1 — %2</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>已导出：%1</translation>
    </message>
    <message>
        <source>No letter is to be printed.</source>
        <translation>没有需要打印的函件。</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>已打印：%1</translation>
    </message>
    <message>
        <source>Print All Letters…</source>
        <translation>打印全部函件…</translation>
    </message>
    <message>
        <source>Every letter to print, through one print dialog (Ctrl+P)</source>
        <translation>通过一次打印对话框打印全部需要的函件（Ctrl+P）</translation>
    </message>
    <message>
        <source>Export All Letters…</source>
        <translation>导出全部函件…</translation>
    </message>
    <message>
        <source>Also print the letters the platform&apos;s stricter rule may ask for</source>
        <translation>同时打印平台更严格的规则可能要求的函件</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <source>Zoom (Ctrl+wheel, Ctrl++ and Ctrl+-)</source>
        <translation>缩放（Ctrl+滚轮、Ctrl++ 和 Ctrl+-）</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>This letter: printed %1 · signed and sealed %2 · uploaded %3</source>
        <translation>本函件 — 打印：%1 · 签字盖章：%2 · 上传：%3</translation>
    </message>
    <message>
        <source>Record printed / signed / uploaded…</source>
        <translation>登记打印 / 签章 / 上传…</translation>
    </message>
    <message>
        <source>Opens the filing page at this letter&apos;s dates</source>
        <translation>打开备案页中本函件的日期</translation>
    </message>
    <message>
        <source>Signed scan…</source>
        <translation>签章扫描件…</translation>
    </message>
    <message>
        <source>Opens the materials page at this letter&apos;s signed and sealed scan</source>
        <translation>打开材料页中本函件的签字盖章扫描件</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>a person, their field, then what is wrong with it</comment>
        <translation>%1的%2：%3</translation>
    </message>
    <message>
        <source>Correct it…</source>
        <translation>前往改正…</translation>
    </message>
    <message>
        <source>Opens the step where the first of these values is entered</source>
        <translation>打开填写其中第一项的步骤</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the letters or files of a list</comment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>mpdesk::MainWindow</name>
    <message>
        <source>Open a filing</source>
        <translation>打开申办文件</translation>
    </message>
    <message>
        <source>mpdesk filings (*.mpdesk *.json)</source>
        <translation>mpdesk 申办文件 (*.mpdesk *.json)</translation>
    </message>
    <message>
        <source>Import an interchange file</source>
        <translation>导入交换文件</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>About mpdesk</source>
        <translation>关于小程序申办助手</translation>
    </message>
    <message>
        <source>mpdesk %1

The clerk&apos;s desk for registering, certifying and filing an enterprise WeChat Mini Program.</source>
        <translation>小程序申办助手（mpdesk）%1

帮助经办人完成企业微信小程序的注册、认证和备案。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import Interchange File…</source>
        <translation>导入交换文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About mpdesk</source>
        <translation>关于小程序申办助手(&amp;A)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>申办清单</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1[*] — mpdesk</source>
        <translation>%1[*] — 小程序申办助手</translation>
    </message>
    <message>
        <source>%1 · errors: %2, warnings: %3</source>
        <translation>%1 · 错误 %2 项，警告 %3 项</translation>
    </message>
    <message>
        <source>Cannot open the filing</source>
        <translation>无法打开申办文件</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Cannot import the file</source>
        <translation>无法导入文件</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Saved %1, but some numbers are not in the keychain (see above)</source>
        <translation>已保存 %1，但部分号码未存入系统钥匙串（见上方提示）</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的内容？</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>期限(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Platform Pages</source>
        <translation>平台页面</translation>
    </message>
    <message>
        <source>&amp;Platform Pages</source>
        <translation>平台页面(&amp;P)</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <source>Help on This &amp;Step</source>
        <translation>本步骤帮助(&amp;S)</translation>
    </message>
    <message>
        <source>The Whole &amp;Process Guide</source>
        <translation>完整流程指南(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Close Filing</source>
        <translation>关闭申办(&amp;C)</translation>
    </message>
    <message>
        <source>the unsaved filing “%1” (changed %2)</source>
        <translation>未保存的申办“%1”（修改于 %2）</translation>
    </message>
    <message>
        <source>%1 (changed %2)</source>
        <translation>%1（修改于 %2）</translation>
    </message>
    <message>
        <source>mpdesk was closed last time before some changes to %1 were saved. Restore them? ID and account numbers typed since the last save are never kept in the recovery copy and must be entered again.</source>
        <translation>上次关闭申办助手时，%1 中有修改尚未保存。要恢复这些修改吗？上次保存后输入的证件号码和账号不会保存在恢复副本中，需要重新输入。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reading the keychain and the filings this computer knows…</source>
        <translation>正在读取钥匙串和本机已知的申办…</translation>
    </message>
    <message>
        <source>mpdesk Help</source>
        <translation>小程序申办助手帮助</translation>
    </message>
    <message numerus="yes">
        <source>Ready: keychain read, %n other filing(s) compared</source>
        <translation>
            <numerusform>就绪：已读取钥匙串，已与其他 %n 个申办比对</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready: keychain read; the leader is not compared with other filings yet</source>
        <translation>就绪：已读取钥匙串；负责人尚未与其他申办比对</translation>
    </message>
    <message>
        <source>Ready: keychain read</source>
        <translation>就绪：已读取钥匙串</translation>
    </message>
    <message>
        <source>Ready: keychain read; no other filing on this computer to compare with</source>
        <translation>就绪：已读取钥匙串；这台电脑上还没有其他申办可比对</translation>
    </message>
    <message>
        <source>a new filing not saved yet (changed %1)</source>
        <translation>尚未保存过的新申办（修改于 %1）</translation>
    </message>
</context>
<context>
    <name>mpdesk::MaterialRow</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>no preview</source>
        <translation>无预览</translation>
    </message>
    <message>
        <source>drop a file here</source>
        <translation>将文件拖放到这里</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>替换…</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>The letter…</source>
        <translation>查看函件…</translation>
    </message>
    <message>
        <source>Show %1 on the letters page: print it, and record when it was signed.</source>
        <translation>在“授权书与承诺书”页中显示%1：打印它，并登记签字盖章的日期。</translation>
    </message>
</context>
<context>
    <name>mpdesk::MaterialsPage</name>
    <message>
        <source>The photos and scans to upload, one row per slot. Drop a file on a row or choose Attach. mpdesk keeps only each file&apos;s path and the facts it measured (size, pixels, format, checksum), never a copy of the image: an ID photo is an ID number in clear.</source>
        <translation>要上传的照片和扫描件，每个材料项一行。将文件拖放到某一行，或点击“添加”。申办助手只保存每个文件的路径和测得的信息（大小、像素、格式、校验值），绝不保存图片副本：证件照片就是明文的证件号码。</translation>
    </message>
    <message>
        <source>Prepare upload files…</source>
        <translation>准备上传文件…</translation>
    </message>
    <message>
        <source>Delete the pack</source>
        <translation>删除上传文件包</translation>
    </message>
    <message>
        <source>%1 — not found</source>
        <translation>%1 — 找不到</translation>
    </message>
    <message>
        <source>%1 — cannot be read</source>
        <translation>%1 — 无法读取</translation>
    </message>
    <message>
        <source>%1 — not checked yet</source>
        <translation>%1 — 尚未检查</translation>
    </message>
    <message>
        <source>%1 — %2, not an image</source>
        <translation>%1 — %2，不是图片</translation>
    </message>
    <message>
        <source>%1 — %2, %3×%4 pixels, %5, checked %6</source>
        <translation>%1 — %2，%3×%4 像素，%5，检查于 %6</translation>
    </message>
    <message numerus="yes">
        <source>, %n page(s)</source>
        <translation>
            <numerusform>，共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Images and PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp *.pdf *.heic *.heif);;All files (*)</source>
        <translation>图片和 PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp *.pdf *.heic *.heif);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1（可选）</translation>
    </message>
    <message>
        <source>Needed. %1</source>
        <translation>需要。%1</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Folder for the upload files (they show ID cards)</source>
        <translation>存放上传文件的文件夹（其中含有身份证件图像）</translation>
    </message>
    <message>
        <source>Cannot prepare the upload files</source>
        <translation>无法准备上传文件</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1. They show ID cards: upload them, then delete the pack.</source>
        <translation>
            <numerusform>已向 %1 写入 %n 个文件。其中含有身份证件图像：上传后请删除上传文件包。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the upload files in %1? The originals stay where they are.</source>
        <translation>删除 %1 中的上传文件吗？原始文件保持不变。</translation>
    </message>
    <message>
        <source>Cannot delete the pack</source>
        <translation>无法删除上传文件包</translation>
    </message>
    <message>
        <source>The pack in %1 was deleted.</source>
        <translation>%1 中的上传文件包已删除。</translation>
    </message>
    <message>
        <source>Attach: %1</source>
        <translation>添加：%1</translation>
    </message>
</context>
<context>
    <name>mpdesk::MessageBar</name>
    <message>
        <source>Open folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>mpdesk::MiniProgramEditor</name>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The name may not contain: %1. Check the trademark of every candidate and keep alternatives ready: after certification the name can change at most twice a year.</source>
        <translation>名称中不能含有：%1。每个备选名称都要先查商标，并多准备几个：认证后每年最多只能改名两次。</translation>
    </message>
    <message>
        <source>Mini program name</source>
        <translation>小程序名称</translation>
    </message>
    <message>
        <source>AppID</source>
        <translation>AppID（小程序 ID）</translation>
    </message>
    <message>
        <source>e.g. wx3f2a9c81d07b6e45</source>
        <translation>例如 wx3f2a9c81d07b6e45</translation>
    </message>
    <message>
        <source>Name candidates</source>
        <translation>备选名称</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Describe what the mini program actually does in 20 to 200 characters. Choose 1 to 5 second-level service categories from the official list, and leave out sensitive categories it does not need.</source>
        <translation>用 20 至 200 个字说明小程序实际提供的服务。从官方类目表中选择 1 至 5 个二级服务类目，用不到的敏感类目不要选。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>小程序描述</translation>
    </message>
    <message>
        <source>what users can do with it, in 20 to 200 characters</source>
        <translation>用户能用它做什么，20 至 200 个字</translation>
    </message>
    <message>
        <source>Service categories</source>
        <translation>服务类目</translation>
    </message>
    <message>
        <source>one per line, as the platform lists them, e.g. Tools &gt; Bookkeeping</source>
        <translation>每行一个，按平台的类目名称填写，例如 工具 &gt; 记账</translation>
    </message>
    <message>
        <source>Pre-approval</source>
        <translation>前置审批</translation>
    </message>
    <message>
        <source>News, publishing, education, medical care, drugs and medical devices and the other listed categories need the authority&apos;s approval first: enter its number and upload the approval document. When none applies, keep only &quot;None of these&quot;.</source>
        <translation>新闻、出版、教育、医疗保健、药品和医疗器械等所列类别须先取得主管部门的审批：填写审批文号并上传批准文件。都不涉及时，只保留“以上都不涉及”。</translation>
    </message>
    <message>
        <source>Mini program leader</source>
        <translation>小程序负责人</translation>
    </message>
    <message>
        <source>The mini program leader does a face verification during the filing. A leader who is not the entity leader needs an authorization letter, and a person who is mini program leader for one entity cannot be used for another.</source>
        <translation>小程序负责人在备案时要完成人脸核验。负责人不是主体负责人时需要授权书；在一个主体下担任过小程序负责人的人，不能再用于其他主体的备案。</translation>
    </message>
    <message>
        <source>Face verification done on</source>
        <translation>人脸核验日期</translation>
    </message>
    <message>
        <source>Filing: mini program</source>
        <translation>备案：小程序信息</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Record a trademark check</source>
        <translation>记录商标查询结果</translation>
    </message>
    <message>
        <source>Trademark check of candidate %1</source>
        <translation>备选名称 %1 的商标查询</translation>
    </message>
    <message>
        <source>Edit a candidate name</source>
        <translation>修改备选名称</translation>
    </message>
    <message>
        <source>Edit a candidate&apos;s note</source>
        <translation>修改备选名称的备注</translation>
    </message>
    <message>
        <source>Edit an approval number</source>
        <translation>修改审批文号</translation>
    </message>
    <message>
        <source>Add a name candidate</source>
        <translation>添加备选名称</translation>
    </message>
    <message>
        <source>Remove a name candidate</source>
        <translation>删除备选名称</translation>
    </message>
    <message>
        <source>Remove a pre-approval item</source>
        <translation>删除前置审批事项</translation>
    </message>
    <message>
        <source>Trademark check</source>
        <translation>商标查询</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected name candidate</source>
        <translation>删除选中的备选名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Approval number</source>
        <translation>审批文号</translation>
    </message>
    <message>
        <source>Remove the selected pre-approval item</source>
        <translation>删除选中的前置审批事项</translation>
    </message>
    <message>
        <source>Characters in the description</source>
        <translation>描述字数</translation>
    </message>
    <message>
        <source>Categories that apply</source>
        <translation>涉及的类别</translation>
    </message>
    <message>
        <source>Approval numbers</source>
        <translation>审批文号</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>（未选类别）</translation>
    </message>
    <message>
        <source>Choose pre-approval categories</source>
        <translation>选择前置审批类别</translation>
    </message>
    <message>
        <source>Approval numbers of the ticked categories</source>
        <translation>已勾选类别的审批文号</translation>
    </message>
    <message>
        <source>Pre-approval categories</source>
        <translation>前置审批类别</translation>
    </message>
</context>
<context>
    <name>mpdesk::NextActionCard</name>
    <message>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>期限：%1</translation>
    </message>
    <message>
        <source>Go to this step</source>
        <translation>转到此步骤</translation>
    </message>
</context>
<context>
    <name>mpdesk::PeopleEditor</name>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Enter each person once, exactly as on their ID document, then give them their roles below. ID numbers go to the system keychain.</source>
        <translation>每个人只需录入一次，姓名与证件完全一致，然后在下方为其指定角色。证件号码保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Selected person</source>
        <translation>所选人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有效期起</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>有效期止</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Emergency contact mobile</source>
        <translation>应急联系电话</translation>
    </message>
    <message>
        <source>someone else&apos;s mobile, used by nobody else in the filing</source>
        <translation>他人的手机号，且本次备案中无其他人使用</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>The same person may hold several roles.</source>
        <translation>同一人可以担任多个角色。</translation>
    </message>
    <message>
        <source>People and roles</source>
        <translation>人员与角色</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>certification contact</source>
        <translation>认证联系人</translation>
    </message>
    <message>
        <source>entity leader</source>
        <translation>主体负责人</translation>
    </message>
    <message>
        <source>mini program leader</source>
        <translation>小程序负责人</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（未填姓名）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>移除 %1？</translation>
    </message>
    <message>
        <source>%1 will be removed from this filing, with every role they hold. When you save, their ID number is deleted from the system keychain.</source>
        <translation>将从本次申办中移除%1及其担任的所有角色。保存时，其证件号码也会从系统钥匙串中删除。</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Tip: make the administrator the entity leader before filing. Then the mini program leader authorization letter is not needed; the administrator can be changed after the filing is approved.</source>
        <translation>提示：备案前把管理员设为主体负责人，就不需要小程序负责人授权书；备案通过后可以再更换管理员。</translation>
    </message>
</context>
<context>
    <name>mpdesk::Project</name>
    <message>
        <source>%1 (removed from the filing): %2</source>
        <translation>%1（已从申办信息中移除）：%2</translation>
    </message>
</context>
<context>
    <name>mpdesk::RegionPicker</name>
    <message>
        <source>City…</source>
        <translation>城市…</translation>
    </message>
    <message>
        <source>District…</source>
        <translation>区县…</translation>
    </message>
    <message>
        <source>Province…</source>
        <translation>省份…</translation>
    </message>
    <message>
        <source>Administrative divisions: %1</source>
        <translation>行政区划数据：%1</translation>
    </message>
</context>
<context>
    <name>mpdesk::RegistrationEditor</name>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>The account email must be brand-new: never registered on the WeChat Public or Open Platform and never bound to a personal WeChat. One email makes one mini program.</source>
        <translation>账号邮箱必须是全新的：从未在微信公众平台或开放平台注册过，也未绑定个人微信。一个邮箱只能注册一个小程序。</translation>
    </message>
    <message>
        <source>Account email</source>
        <translation>账号邮箱</translation>
    </message>
    <message>
        <source>e.g. miniapp@company.cn</source>
        <translation>例如 miniapp@company.cn</translation>
    </message>
    <message>
        <source>Email never used before</source>
        <translation>邮箱从未使用过</translation>
    </message>
    <message>
        <source>Verification code entered</source>
        <translation>已填写验证码</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Copy the name, credit code and address from the business licence character for character: the platform compares them with the licence.</source>
        <translation>主体名称、信用代码和住所请逐字照抄营业执照：平台会与执照比对。</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>主体类型</translation>
    </message>
    <message>
        <source>Entity name</source>
        <translation>主体名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91440300MA5G7QXK3Y</source>
        <translation>18 位，例如 91440300MA5G7QXK3Y</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>证件住所</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Entity verification</source>
        <translation>主体验证</translation>
    </message>
    <message>
        <source>Payment verification: the corporate account transfers the stated small amount to Tencent within 10 days. WeChat verification: pay the 300 RMB fee; government, media and other organisations must use it.</source>
        <translation>打款验证：10 天内由对公账户向腾讯转账指定的小额金额。微信认证：支付 300 元认证费；政府、媒体和其他组织只能选择微信认证。</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Registration submitted on</source>
        <translation>注册提交日期</translation>
    </message>
    <message>
        <source>Registration approved on</source>
        <translation>注册通过日期</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>注册</translation>
    </message>
</context>
<context>
    <name>mpdesk::SaveCloseFlow</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>filing</source>
        <translation>申办</translation>
    </message>
    <message>
        <source>Save the filing</source>
        <translation>保存申办文件</translation>
    </message>
    <message>
        <source>mpdesk projects (*.mpdesk)</source>
        <translation>mpdesk 申办文件 (*.mpdesk)</translation>
    </message>
    <message>
        <source>The filing was not saved</source>
        <translation>申办文件未保存</translation>
    </message>
</context>
<context>
    <name>mpdesk::StartPage</name>
    <message>
        <source>Not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>The file was moved or deleted.</source>
        <translation>该文件已被移动或删除。</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>mpdesk — Mini Program filing desk</source>
        <translation>小程序申办助手</translation>
    </message>
    <message>
        <source>Register, certify and file an enterprise WeChat Mini Program, step by step. Start a new filing, open one you saved, or try the sample to see how it works.</source>
        <translation>一步一步完成企业微信小程序的注册、认证和备案。可以新建申办、打开已保存的申办，或先打开示例看看如何使用。</translation>
    </message>
    <message>
        <source>New filing</source>
        <translation>新建申办</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Import interchange file…</source>
        <translation>导入交换文件…</translation>
    </message>
    <message>
        <source>Open the sample filing</source>
        <translation>打开示例申办</translation>
    </message>
    <message>
        <source>Recent filings</source>
        <translation>最近的申办</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>申办</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>No recent filings yet.</source>
        <translation>还没有最近的申办。</translation>
    </message>
    <message>
        <source>Reading the recent filings…</source>
        <translation>正在读取最近的申办…</translation>
    </message>
    <message>
        <source>Recent filings read: stages and dates as of today.</source>
        <translation>最近的申办已读取：阶段和期限以今天为准。</translation>
    </message>
</context>
<context>
    <name>mpdesk::UndoRouter</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
</TS>
