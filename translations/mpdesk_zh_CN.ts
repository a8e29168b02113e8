<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Unknown command "%1".</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Wrong arguments for "%1".</source>
        <translation>“%1”的参数不正确。</translation>
    </message>
    <message>
        <source>mpdesk's window needs a graphical display, and none is available here (DISPLAY and WAYLAND_DISPLAY are not set). On this machine use the command line, for example: mpdesk check FILE.</source>
        <translation>mpdesk 的窗口需要图形显示，而这里没有可用的显示（未设置 DISPLAY 和 WAYLAND_DISPLAY）。在这台机器上请使用命令行，例如：mpdesk check 文件。</translation>
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
        <source>Wrote %1 (%2 people; %3 ID and account numbers stored in the system keychain).</source>
        <translation>已写入 %1（%2 人；%3 个证件号码和账号已存入系统钥匙串）。</translation>
    </message>
    <message>
        <source>These values could not be stored in the keychain and are not in the project:</source>
        <translation>以下信息未能存入系统钥匙串，项目文件中也没有保存：</translation>
    </message>
    <message>
        <source>They are still in %1. Import again once the keychain works, or enter them in mpdesk.</source>
        <translation>这些信息仍在 %1 中。请在钥匙串可用后重新导入，或在 mpdesk 中重新填写。</translation>
    </message>
    <message>
        <source>Usage:
  mpdesk [FILE]                          open FILE in the desktop application
  mpdesk check FILE                      check a project or interchange file and list its findings
  mpdesk import INPUT.json -o FILE.mpdesk
                                         make a project from an interchange file; ID and bank
                                         account numbers go to the system keychain
  mpdesk forget FILE.mpdesk              delete the project's ID and account numbers from the
                                         system keychain (the project file stays)

Options:
  --lang zh_CN|en                        language of the messages (default: the system's)
  -o, --output FILE                      where import writes the project
  -v, --version                          print the version
  -h, --help                             print this help

Exit codes: 0 no errors (warnings allowed), 1 the filing has errors, 2 the file cannot be read
or the arguments are wrong, 3 an ID or account number cannot be read from the keychain.
</source>
        <translation>用法：
  mpdesk [文件]                          在桌面程序中打开文件
  mpdesk check 文件                      检查项目文件或交换文件，并列出检查结果
  mpdesk import 输入.json -o 文件.mpdesk
                                         由交换文件创建项目；证件号码和银行
                                         账号存入系统钥匙串
  mpdesk forget 文件.mpdesk              从系统钥匙串中删除该项目的证件号码和
                                         账号（项目文件保留）

选项：
  --lang zh_CN|en                        提示信息的语言（默认跟随系统）
  -o, --output 文件                      import 写入的项目文件
  -v, --version                          显示版本号
  -h, --help                             显示本帮助

退出码：0 无错误（可有警告），1 申办信息有错误，2 文件无法读取或参数
不正确，3 无法从系统钥匙串读取证件号码或账号。
</translation>
    </message>
    <message>
        <source>These entries could not be deleted from the keychain:</source>
        <translation>以下条目未能从系统钥匙串中删除：</translation>
    </message>
    <message>
        <source>Deleted the %1 ID and account numbers of %2 from the system keychain. The project file is unchanged; opening it again asks for the numbers.</source>
        <translation>已从系统钥匙串中删除 %2 的 %1 个证件号码和账号。项目文件未改动；再次打开时需要重新填写这些号码。</translation>
    </message>
</context>
<context>
    <name>FilingJson</name>
    <message>
        <source>This is not an mpdesk filing: its "format" is %1, not "mpdesk". Open a file that mpdesk or a tool for mpdesk wrote.</source>
        <translation>这不是 mpdesk 申办文件：其“format”为 %1，而不是“mpdesk”。请打开由 mpdesk 或配套工具生成的文件。</translation>
    </message>
    <message>
        <source>The format version must be a whole number from 1, but the file has %1. The file is damaged; open its backup or export it again.</source>
        <translation>格式版本应为从 1 开始的整数，但文件中是 %1。文件已损坏，请打开其备份或重新导出。</translation>
    </message>
    <message>
        <source>This file was written by a newer mpdesk (format version %1); this mpdesk reads version %2. Update mpdesk to open it; the file was not changed.</source>
        <translation>此文件由较新版本的 mpdesk 写入（格式版本 %1），当前 mpdesk 只能读取版本 %2。请升级 mpdesk 后再打开；文件未被改动。</translation>
    </message>
    <message>
        <source>The project id "%1" is not a UUID. The file is damaged; open its backup.</source>
        <translation>项目编号“%1”不是有效的 UUID。文件已损坏，请打开其备份。</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Cannot open the filing</source>
        <translation>无法打开申办文件</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1 — mpdesk</source>
        <translation>%1 — 小程序申办助手</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2. The checklist and the stage editors are not built yet; this window lists the findings of the open filing.</source>
        <translation>错误 %1 项，警告 %2 项。清单侧栏和各阶段编辑页尚未完成；此窗口列出当前申办文件的检查结果。</translation>
    </message>
    <message>
        <source>No filing open</source>
        <translation>未打开申办文件</translation>
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
        <source>The file %1 is %2 MB; a filing is never larger than %3 MB. This is not an mpdesk filing, or it is damaged.</source>
        <translation>文件 %1 有 %2 MB，而申办文件不会超过 %3 MB。这不是 mpdesk 申办文件，或者文件已损坏。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2. Check that you may read it.</source>
        <translation>无法读取文件 %1：%2。请检查您是否有权限读取。</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB. This is not an mpdesk filing, or it is damaged.</source>
        <translation>文件 %1 超过 %2 MB。这不是 mpdesk 申办文件，或者文件已损坏。</translation>
    </message>
    <message>
        <source>The file %1 is not valid JSON (%2 at character %3); it may be cut off or damaged. Open its backup (.bak) or export it again.</source>
        <translation>文件 %1 不是有效的 JSON（第 %3 个字符处：%2），可能不完整或已损坏。请打开其备份（.bak）或重新导出。</translation>
    </message>
    <message>
        <source>The file %1 holds JSON but not a filing (it does not start with "{"). Open a file that mpdesk wrote.</source>
        <translation>文件 %1 是 JSON，但不是申办文件（不以“{”开头）。请打开由 mpdesk 生成的文件。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2. Choose another folder with Save As; your work is still open.</source>
        <translation>无法保存 %1：%2。请用“另存为”选择其他文件夹；您的内容仍然打开着，没有丢失。</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2. Free some disk space or choose another folder with Save As; your work is still open and the old file is unchanged.</source>
        <translation>无法保存 %1：%2。请释放磁盘空间，或用“另存为”选择其他文件夹；您的内容仍然打开着，原文件未改动。</translation>
    </message>
    <message>
        <source>%1 was not saved because its backup %2 cannot be written. Check that the folder is writable; your work is still open and the old file is unchanged.</source>
        <translation>%1 未保存，因为无法写入其备份 %2。请检查文件夹是否可写；您的内容仍然打开着，原文件未改动。</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2. Your work is still open and the old file is unchanged.</source>
        <translation>无法保存 %1：%2。您的内容仍然打开着，原文件未改动。</translation>
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
</context>
<context>
    <name>SecretMessages</name>
    <message>
        <source>not on this computer — enter it again</source>
        <translation>不在这台电脑上——请重新填写</translation>
    </message>
    <message>
        <source>The keychain refused mpdesk access.</source>
        <translation>系统钥匙串拒绝了 mpdesk 的访问。</translation>
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
        <source>Unlock your login keychain and choose "Allow" when macOS asks whether mpdesk may use it, then try again.</source>
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
    <name>Validator</name>
    <message>
        <source>"%1" is not one of the allowed values (%2). Choose one of them.</source>
        <translation>“%1”不是允许的取值（%2）。请从中选择一个。</translation>
    </message>
    <message>
        <source>"%1" is not a date. Write it as year-month-day, for example 2026-05-06.</source>
        <translation>“%1”不是日期。请按“年-月-日”填写，例如 2026-05-06。</translation>
    </message>
    <message>
        <source>"%1" is not a time. Write it with its time zone, for example 2026-05-06T09:30:00+08:00.</source>
        <translation>“%1”不是时间。请连同时区一起填写，例如 2026-05-06T09:30:00+08:00。</translation>
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
        <source>Enter the entity's full name exactly as it is on the business licence.</source>
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
        <source>The unified social credit code's last character should be "%1", not "%2": a character is mistyped. Compare it with the business licence.</source>
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
        <source>"%1" is not a 6-digit administrative code (for example 440305).</source>
        <translation>“%1”不是 6 位行政区划代码（例如 440305）。</translation>
    </message>
    <message>
        <source>%1 is not a province code; province codes end in 0000 (for example 440000).</source>
        <translation>%1 不是省级代码；省级代码以 0000 结尾（例如 440000）。</translation>
    </message>
    <message>
        <source>%1 is not a city of province %2; a city code starts with the province's first two digits and ends in 00 (for example 440300).</source>
        <translation>%1 不是省 %2 下的市；市级代码以所属省的前两位开头、以 00 结尾（例如 440300）。</translation>
    </message>
    <message>
        <source>%1 is not a district of city %2; a district code starts with the city's first four digits (for example 440305).</source>
        <translation>%1 不是市 %2 下的区县；区县代码以所属市的前四位开头（例如 440305）。</translation>
    </message>
    <message>
        <source>Enter the communication address. It must lie in the filing region.</source>
        <translation>请填写通信地址，须位于所选备案地区内。</translation>
    </message>
    <message>
        <source>Write the communication address without "%1" and the city and district: the platform adds them from the filing region.</source>
        <translation>通信地址请勿包含“%1”及市、区：平台会根据备案地区自动补上。</translation>
    </message>
    <message>
        <source>This person has no id. Give every person a short unique id, such as p1.</source>
        <translation>此人员没有编号。请为每个人设置一个简短且唯一的编号，例如 p1。</translation>
    </message>
    <message>
        <source>Another person already has the id "%1". Give every person a unique id.</source>
        <translation>已有其他人员使用编号“%1”。请为每个人设置唯一的编号。</translation>
    </message>
    <message>
        <source>"%1" is not a mainland mobile number: 11 digits starting with 13 to 19. A +86 prefix, spaces and dashes are fine.</source>
        <translation>“%1”不是大陆手机号：应为 11 位数字，以 13 至 19 开头。可以带 +86 前缀、空格和短横线。</translation>
    </message>
    <message>
        <source>"%1" is not a mainland mobile number: 11 digits starting with 13 to 19.</source>
        <translation>“%1”不是大陆手机号：应为 11 位数字，以 13 至 19 开头。</translation>
    </message>
    <message>
        <source>The emergency contact number is this person's own mobile number. Enter a different person's number.</source>
        <translation>应急联系电话与本人手机号相同。请填写另一个人的号码。</translation>
    </message>
    <message>
        <source>"%1" is not an email address. Check it for typing errors.</source>
        <translation>“%1”不是电子邮箱地址。请检查是否输错。</translation>
    </message>
    <message>
        <source>This emergency number is the mobile number of %1. Every person needs an emergency number of their own that nobody else in the filing uses.</source>
        <translation>此应急电话是 %1 的手机号。每个人都需要自己的应急电话，且不能与本次备案中其他人的号码相同。</translation>
    </message>
    <message>
        <source>This emergency number is already the emergency number of %1. Different people may not share an emergency number.</source>
        <translation>此应急电话已是 %1 的应急电话。不同的人不能共用同一个应急电话。</translation>
    </message>
    <message>
        <source>The ID number of %1 is not on this computer (the project came from another computer, or the keychain could not be read). Enter it again.</source>
        <translation>%1 的证件号码不在这台电脑上（项目来自其他电脑，或无法读取系统钥匙串）。请重新填写。</translation>
    </message>
    <message>
        <source>The last character of this %1 number should be "%2", not "%3": a digit is mistyped. Compare it with the card.</source>
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
        <source>The %1 is "%2", but no person has that id. Choose someone from the people list.</source>
        <translation>%1设为“%2”，但没有人员使用这个编号。请从人员列表中选择。</translation>
    </message>
    <message>
        <source>%1 is the %2, so %3 is needed. Enter it.</source>
        <translation>%1 是%2，因此需要%3。请填写。</translation>
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
        <source>the ID's start of validity</source>
        <translation>证件有效期起始日</translation>
    </message>
    <message>
        <source>the ID's end of validity (a date, or long-term)</source>
        <translation>证件有效期截止日（日期或“长期”）</translation>
    </message>
    <message>
        <source>a mobile number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>an emergency contact number (someone else's mobile)</source>
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
        <source>Enter the invoice title: the entity's full name, "%1".</source>
        <translation>请填写发票抬头：主体全称“%1”。</translation>
    </message>
    <message>
        <source>The invoice title must be the entity's full name exactly, "%1". It cannot be changed after submission.</source>
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
        <source>the recipient's name</source>
        <translation>收件人姓名</translation>
    </message>
    <message>
        <source>the recipient's phone</source>
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
        <source>Enter the mini program's name (check the trademark first: name changes are limited).</source>
        <translation>请填写小程序名称（请先查询商标：改名次数有限）。</translation>
    </message>
    <message>
        <source>The name may not contain "%1". Choose a name without it.</source>
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
        <source>The trademark of the chosen name "%1" is not checked as clear. Check it before submitting: name changes are limited.</source>
        <translation>所选名称“%1”的商标尚未确认无冲突。请在提交前查询：改名次数有限。</translation>
    </message>
    <message>
        <source>The chosen name "%1" is not among the candidates, so its trademark check is not recorded. Add it and check it.</source>
        <translation>所选名称“%1”不在备选名称中，因此没有商标查询记录。请添加并查询。</translation>
    </message>
    <message>
        <source>Declare the pre-approval items: each category that applies, or "none of these".</source>
        <translation>请申报前置审批事项：逐项选择涉及的类别，或选择“以上都不涉及”。</translation>
    </message>
    <message>
        <source>"None of these" cannot be combined with other pre-approval items. Keep either "none of these" or the categories that apply.</source>
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
        <source>"%1" is not a mini program's ICP record number, which looks like %2: the province's abbreviation, %3, digits, a dash, a number and X. Copy it from the filing system.</source>
        <translation>“%1”不是小程序的 ICP 备案号。备案号形如 %2：省份简称、%3、数字、短横线、序号和 X。请从备案系统中复制。</translation>
    </message>
    <message>
        <source>The record number starts with "%1", but the filing region is %2 ("%3"). Check the number and the region.</source>
        <translation>备案号以“%1”开头，但备案地区是%2（“%3”）。请核对备案号和地区。</translation>
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
    <name>mpdesk::Project</name>
    <message>
        <source>%1 (removed from the filing): %2</source>
        <translation>%1（已从申办信息中移除）：%2</translation>
    </message>
</context>
</TS>
