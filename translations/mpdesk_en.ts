<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CalendarCommand</name>
    <message numerus="yes">
        <source>Wrote %1 with %n event(s).</source>
        <translation>
            <numerusform>Wrote %1 with %n event.</numerusform>
            <numerusform>Wrote %1 with %n events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message numerus="yes">
        <source>Blocked by %n error(s); first: %1</source>
        <translation>
            <numerusform>Blocked by %n error; first: %1</numerusform>
            <numerusform>Blocked by %n errors; first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s), every role chosen.</source>
        <translation>
            <numerusform>%n person, every role chosen.</numerusform>
            <numerusform>%n people, every role chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not the mini program leader of any other entity&apos;s filing (%n other filing(s) on this computer compared).</source>
        <translation>
            <numerusform>Not the mini program leader of any other entity&apos;s filing (%n other filing on this computer compared).</numerusform>
            <numerusform>Not the mini program leader of any other entity&apos;s filing (%n other filings on this computer compared).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every needed file is attached (%n slot(s)); upload the prepared copies.</source>
        <translation>
            <numerusform>Every needed file is attached (%n slot); upload the prepared copies.</numerusform>
            <numerusform>Every needed file is attached (%n slots); upload the prepared copies.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistText</name>
    <message numerus="yes">
        <source>%1 (%n finding(s) below)</source>
        <comment>a step, then how many findings are listed for it</comment>
        <translation>
            <numerusform>%1 (%n finding below)</numerusform>
            <numerusform>%1 (%n findings below)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NextAction</name>
    <message numerus="yes">
        <source>overdue since %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>overdue since %1 (%n day ago)</numerusform>
            <numerusform>overdue since %1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>by %1 (in %n day(s))</source>
        <translation>
            <numerusform>by %1 (in %n day)</numerusform>
            <numerusform>by %1 (in %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message numerus="yes">
        <source>The State Council&apos;s holiday notice for %1 is not loaded: weekends only were counted, so the date may be off by the holidays of that year. Add the notice&apos;s file to %2 when it is published.</source>
        <translation>
            <numerusform>The State Council&apos;s holiday notice for %1 is not loaded: weekends only were counted, so the date may be off by the holidays of that year. Add the notice&apos;s file to %2 when it is published.</numerusform>
            <numerusform>The State Council&apos;s holiday notice for %1 is not loaded: weekends only were counted, so the date may be off by the holidays of that year. Add the notice&apos;s file to %2 when it is published.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mpdesk::CompanionPanel</name>
    <message numerus="yes">
        <source>Copy each field in turn and paste it into the platform&apos;s page. ID and account numbers are cleared from the clipboard %n second(s) after copying.</source>
        <translation>
            <numerusform>Copy each field in turn and paste it into the platform&apos;s page. ID and account numbers are cleared from the clipboard %n second after copying.</numerusform>
            <numerusform>Copy each field in turn and paste it into the platform&apos;s page. ID and account numbers are cleared from the clipboard %n seconds after copying.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %1. It is cleared from the clipboard in %n second(s).</source>
        <translation>
            <numerusform>Copied %1. It is cleared from the clipboard in %n second.</numerusform>
            <numerusform>Copied %1. It is cleared from the clipboard in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mpdesk::MainWindow</name>
    <message numerus="yes">
        <source>Ready: keychain read, %n other filing(s) compared</source>
        <translation>
            <numerusform>Ready: keychain read, %n other filing compared</numerusform>
            <numerusform>Ready: keychain read, %n other filings compared</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mpdesk::MaterialsPage</name>
    <message numerus="yes">
        <source>, %n page(s)</source>
        <translation>
            <numerusform>, %n page</numerusform>
            <numerusform>, %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1. They show ID cards: upload them, then delete the pack.</source>
        <translation>
            <numerusform>%n file written to %1. It shows ID cards: upload it, then delete the pack.</numerusform>
            <numerusform>%n files written to %1. They show ID cards: upload them, then delete the pack.</numerusform>
        </translation>
    </message>
</context>
</TS>
