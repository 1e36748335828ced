<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttachmentRepository</name>
    <message>
        <source>the file has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attachment no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored file is damaged (its SHA-256 does not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Created %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1</source>
        <translation>
            <numerusform>%n problem found in %1</numerusform>
            <numerusform>%n problems found in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>integrity ok; foreign keys ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list needs one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown entity &quot;%1&quot;; choose one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; choose table, csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presidency Desk: the desk of the Presidency Pro-Tempore of a regional conference on migration.

Verbs:
  init [--empty]                   create a database (the RCM data unless --empty)
  check                            check integrity and foreign keys
  list ENTITY [--format F]         print meetings, activities, documents, consultations,
                                   decisions, contributions or parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With init: create an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With list: table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init, check or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown verb &quot;%1&quot;; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verb given; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use en or es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of messages: en or es (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConclusionsImport</name>
    <message>
        <source>The directory has no party “%1”; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import conclusions of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import conclusions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a different Spanish text; it was kept, and the text read was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a different English text; it was kept, and the text read was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConclusionsParser</name>
    <message>
        <source>The meeting&apos;s body (RCGM, Vice-Ministerial, …) was not recognized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting date was found in the opening paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participating countries were found in the opening paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1 appears more than once; this one is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text before the first conclusion was not placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item comes before any numbered conclusion; it was not placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item “%1” is out of sequence: “%2” was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heading “%1” names no known working group; its items are kept without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text was not placed under any conclusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbered conclusions were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion %1 gives a deadline whose date could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (item %2) is not a known party; add it to the directory or name it as the directory does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion %1 asks for more time to consult, but names no document in quotation marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion %1 asks for more time to consult, but no country asking for it was recognized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs more time to consult internally prior to approval (conclusion %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsensusRules</name>
    <message>
        <source>No member countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 no objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n objecting</source>
        <translation>
            <numerusform>%n objecting</numerusform>
            <numerusform>%n objecting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with comments</source>
        <translation>
            <numerusform>%n with comments</numerusform>
            <numerusform>%n with comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more time</source>
        <translation>
            <numerusform>%n more time</numerusform>
            <numerusform>%n more time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopLauncher</name>
    <message>
        <source>The database file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presidency Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface language: en or es.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language “%1”; use en or es.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional Consultation Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vice-Ministerial meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint plenary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilateral or trilateral meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presidency Pro-Tempore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming presidency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More time requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encourage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congratulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reiterate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverBriefing</name>
    <message>
        <source>cannot write the handover briefing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverExport</name>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverImport</name>
    <message>
        <source>the package has no manifest.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the staged manifest.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package&apos;s database has schema %1; this program knows up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database.sqlite has schema %1 but manifest.json says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incoming presidency &quot;%1&quot; is not a country in database.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: not listed in manifest.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: %2 bytes, but manifest.json says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: its SHA-256 differs from manifest.json&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json lists &quot;%1&quot;, which the package does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package has no database.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database.sqlite: the attachment &quot;%1&quot; is damaged (its SHA-256 does not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: no attachment in database.sqlite matches it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: differs from its attachment in database.sqlite (size or SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database.sqlite holds the attachment &quot;%1&quot;, which the package does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy the snapshot in the staging folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database.sqlite cannot be migrated from schema %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database names no conference, so no presidency can be made current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incoming presidency &quot;%1&quot; is not a country of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handover from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package has not been verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a new database needs a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write in the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1 (did it appear meanwhile?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverManifest</name>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json: &quot;%1&quot; must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is not a Presidency Desk handover manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json has format version %1; this program reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date and time (ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incoming presidency&apos;s country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64 lower-case hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json lists itself among the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json lists &quot;%1&quot; twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverText</name>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>focal points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 kept (changed here only), %5 in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data of focal points: included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data of focal points: left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverVerb</name>
    <message>
        <source>With handover export: leave out the focal points marked as personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handover export needs the incoming presidency: --to COUNTRY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handover export needs an output file: -o PACKAGE.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown country &quot;%1&quot;; give a member country&apos;s ISO code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n file(s)) for %2</source>
        <translation>
            <numerusform>Wrote %1 (%n file) for %2</numerusform>
            <numerusform>Wrote %1 (%n files) for %2</numerusform>
        </translation>
    </message>
    <message>
        <source>  handover export --to COUNTRY -o PACKAGE.zip [--exclude-personal-data]
                                   write the handover package for the incoming presidency
  handover import PACKAGE.zip --new | --merge
                                   check a handover package, then create the --db file from it
                                   (--new) or merge it into the --db file by uid (--merge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With handover import: create the database file (it must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With handover import: merge into the existing database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handover import needs one package: handover import PACKAGE.zip --new | --merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handover import needs either --new or --merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; --new creates a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created %1 from %2: %n record(s) added; current presidency: %3</source>
        <translation>
            <numerusform>Created %1 from %2: %n record added; current presidency: %3</numerusform>
            <numerusform>Created %1 from %2: %n records added; current presidency: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged %6 into %7: %1 added, %2 updated, %3 unchanged, %4 kept (changed here only), %5 conflicts; current presidency: %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handover needs: export or import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With handover export: the languages of briefing.pdf, en, es or both (default: both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use en, es or both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsImport</name>
    <message>
        <source>Import calendar %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsReader</name>
    <message>
        <source>event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 has no UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 has no valid DTSTART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an iCalendar file (no BEGIN:VCALENDAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an iCalendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an iCalendar file (no VCALENDAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsVerb</name>
    <message numerus="yes">
        <source>note: %n recurring event(s) read as their first occurrence</source>
        <translation>
            <numerusform>note: %n recurring event read as its first occurrence</numerusform>
            <numerusform>note: %n recurring events read as their first occurrence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: %n changed occurrence(s) of recurring events left out</source>
        <translation>
            <numerusform>note: %n changed occurrence of recurring events left out</numerusform>
            <numerusform>note: %n changed occurrences of recurring events left out</numerusform>
        </translation>
    </message>
    <message>
        <source>  export ics -o FILE.ics             write the calendar (meetings, dated activities) as iCalendar
  import ics FILE.ics [--dry-run]    read an iCalendar file&apos;s events into meetings, by UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs: ics -o FILE.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export ics needs an output file: -o FILE.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n event(s))</source>
        <translation>
            <numerusform>Wrote %1 (%n event)</numerusform>
            <numerusform>Wrote %1 (%n events)</numerusform>
        </translation>
    </message>
    <message>
        <source>import ics needs a calendar file: import ics FILE.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would import %1: %2 added, %3 updated, %4 unchanged, %5 kept (older SEQUENCE), %6 activity events left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged, %5 kept (older SEQUENCE), %6 activity events left alone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportVerb</name>
    <message>
        <source>warning: line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would add %1 meeting(s), %2 decision(s), %3 activity(ies), %4 document(s); already present: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 meeting(s), %2 decision(s), %3 activity(ies), %4 document(s); already present: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting: %1 (%2), %3 to %4, %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conclusion(s), %2 decision(s) with their sub-items, %3 activity(ies), %4 document(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  import conclusions FILE.txt [--lang auto|en|es] [--dry-run] [--format table|json]
                                   read a meeting&apos;s conclusions into the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With import: write nothing, print what was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs: conclusions FILE.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import conclusions needs a text file: import conclusions FILE.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use auto, en or es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; choose table or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a conclusions text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a UTF-8 text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no numbered conclusions found in %1; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Would add the text in the language read to %n record(s) already present</source>
        <translation>
            <numerusform>Would add the text in the language read to %n record already present</numerusform>
            <numerusform>Would add the text in the language read to %n records already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added the text in the language read to %n record(s) already present</source>
        <translation>
            <numerusform>Added the text in the language read to %n record already present</numerusform>
            <numerusform>Added the text in the language read to %n records already present</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewDatabase</name>
    <message>
        <source>%1 already exists; choose a new file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name holds a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name holds a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path starts with a drive letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path has a &quot;..&quot; component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path has an empty or &quot;.&quot; component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file a handover package holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary staging folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a zip file (error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package has %1 entries; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package has more than %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name occurs twice in the package (ignoring case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the zip&apos;s directory cannot be read (error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: its header cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compressed with an unsupported method (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened (error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the staging folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be inflated (error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than the %1-byte limit for one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package inflates past its %1-byte limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inflates more than %1 times its compressed size (a zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than the %1-byte limit for a manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged: its CRC does not match (error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its size (%1 bytes) differs from the zip header&apos;s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <source>cannot write %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: error %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintVerb</name>
    <message>
        <source>With print: the file to write, .pdf or .odt (print agenda UID, calendar --from --to, consultations, decisions [UID]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With print: a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With print calendar: the first day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With print calendar: the last day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With print agenda: leave out the participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With print calendar: also list the activities not yet scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print needs one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print agenda needs the meeting&apos;s uid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use en, es or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown paper &quot;%1&quot;; use a4 or letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print needs an output file: -o FILE.pdf or -o FILE.odt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the format of %1; name it .pdf or .odt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print calendar needs --from and --to as dates (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileLoader</name>
    <message>
        <source>unknown %1 &quot;%2&quot; in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; for %2 in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile has an unknown format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Dates to be determined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no meeting with uid &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presidency Pro-Tempore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda has no items yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be determined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period needs a start and an end date, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar of meetings and activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCM structural meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is scheduled in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation of documents pending approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents: %1; member countries: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document is under consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State and deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no meeting has decisions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting has no decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusions and recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional conference on migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ODT writer failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the format of %1; name it .pdf or .odt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working groups: activities by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting is planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue and host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open decisions and follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision and meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents pending approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document is pending approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 countries answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consultation matrix (%1 documents) is too long for this briefing; print it on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contribution is outstanding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming presidency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover to the incoming Presidency Pro-Tempore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings still to be held: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open follow-ups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents pending approval: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings whose dates have passed but still marked planned, confirmed or postponed: %1. Update their status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot join the pages of the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>the record to change no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record to remove no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is still used by other records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotFile</name>
    <message>
        <source>the package&apos;s database snapshot is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database.sqlite cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database.sqlite: trusted_schema cannot be turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database.sqlite is not a SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database.sqlite is not a Presidency Desk database (application_id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database.sqlite fails the integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>database.sqlite fails the integrity check: %1 (and %n more)</source>
        <translation>
            <numerusform>database.sqlite fails the integrity check: %1 (and %n more)</numerusform>
            <numerusform>database.sqlite fails the integrity check: %1 (and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>database.sqlite: the foreign-key check cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database.sqlite fails the foreign-key check: %1 row %2 refers to a missing %3 record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotMerge</name>
    <message>
        <source>the snapshot&apos;s table %1 differs from this program&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 vanished during the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed here and in the package; this database&apos;s version kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed here only; this database&apos;s version kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to %1 %2, which was not merged; not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collides with a record here that has another uid; not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 row refers to a %2 record that was not merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to %1 %2, which was not merged; the reference was left empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotScrub</name>
    <message>
        <source>cannot open the snapshot %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Presidency Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ActivitiesPage</name>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the status of the selected activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ActivityEditor</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;pported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the activity (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 7.h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title in Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description in Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>from date to date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rogress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funding needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (structural meetings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already used by another activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a title in English or in Spanish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target end is before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ActivityListModel</name>
    <message>
        <source>Structural meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead / host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date or period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::AgendaPanel</name>
    <message>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item after the selected one (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected item (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items are numbered in order. Type or press F2 to edit a cell and Tab to go to the next; Insert adds an item, Delete removes it, Alt+Up and Alt+Down move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>no presenter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>no document</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::AgendaTableModel</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (Spanish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::AttentionModel</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue follow-ups (%n)</source>
        <translation>
            <numerusform>Overdue follow-ups (%n)</numerusform>
            <numerusform>Overdue follow-ups (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consultation deadlines within %1 days (%n)</source>
        <translation>
            <numerusform>Consultation deadlines within %1 days (%n)</numerusform>
            <numerusform>Consultation deadlines within %1 days (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Meetings in the next %1 days (%n)</source>
        <translation>
            <numerusform>Meetings in the next %1 days (%n)</numerusform>
            <numerusform>Meetings in the next %1 days (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unscheduled activities (%n)</source>
        <translation>
            <numerusform>Unscheduled activities (%n)</numerusform>
            <numerusform>Unscheduled activities (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outstanding contributions (%n)</source>
        <translation>
            <numerusform>Outstanding contributions (%n)</numerusform>
            <numerusform>Outstanding contributions (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Follow-up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (due %2, %n day(s) late): %3</source>
        <translation>
            <numerusform>%1 (due %2, %n day late): %3</numerusform>
            <numerusform>%1 (due %2, %n days late): %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (more time until %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline passed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): waiting on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3: %4 outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1, paid %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::CalendarPage</name>
    <message>
        <source>‹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structural meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing scheduled in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::CalendarView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ConclusionsImportDialog</name>
    <message>
        <source>Import Conclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the text of the conclusions and recommendations here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Text File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verb or kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (click one to see its line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Conclusions Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3; participants: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the text or open a text file to see what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conclusions found in this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import would add %1 meetings, %2 decisions, %3 activities and %4 documents; %5 already present; %6 warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only: nothing can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported conclusions: added %1 meetings, %2 decisions, %3 activities and %4 documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds Spanish text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds English text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected item below; unticking a row keeps its edits. Changing the text reads it again and starts the review over, discarding your edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It would add the Spanish text of %n record(s) already present.</source>
        <translation>
            <numerusform>It would add the Spanish text of %n record already present.</numerusform>
            <numerusform>It would add the Spanish text of %n records already present.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It would add the English text of %n record(s) already present.</source>
        <translation>
            <numerusform>It would add the English text of %n record already present.</numerusform>
            <numerusform>It would add the English text of %n records already present.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added the text in the language read to %n record(s).</source>
        <translation>
            <numerusform>Added the text in the language read to %n record.</numerusform>
            <numerusform>Added the text in the language read to %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the corrections made in the preview?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ConclusionsItemEditor</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verb:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parties named:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up &amp;owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(structural meetings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supporting parties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More time until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item of the preview (F2 or Enter) to correct what was read here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation on “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ConsultationEditor</name>
    <message>
        <source>Reply of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New date asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply came with a &amp;message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message of the country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the country&apos;s message, recorded on its behalf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ConsultationMatrixModel</name>
    <message>
        <source>More time to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ContributionDialog</name>
    <message>
        <source>New contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount &amp;due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This country already has a contribution to this fund for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount; write it as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contribution could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ContributionTableModel</name>
    <message>
        <source>In arrears: %1 still outstanding after the end of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ContributionsPage</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Contribution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what a country owes a fund for a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a payment against the selected contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contributions recorded yet. The conference names its funds but not the amounts: choose “New Contribution…” to enter what a member country owes a fund for a year, then “Record Payment…” as payments arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contributions for this year and fund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: due %1, paid %2, outstanding %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n in arrears</source>
        <translation>
            <numerusform>%n in arrears</numerusform>
            <numerusform>%n in arrears</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected contribution with its payments (Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the contribution of %1 to %2 for %3, with its payments? Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contribution could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::DashboardCharts</name>
    <message>
        <source>No working group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::DashboardPage</name>
    <message>
        <source>What needs attention now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a line (or press Enter) to open its record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities by status per working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions paid against due per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs attention now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions paid against due per year (none recorded yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Database</name>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another Presidency Desk (process %2 on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the lock file next to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Presidency Desk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only and cannot be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Presidency Desk (schema %2; this program knows up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an upgrade to schema %2 but is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot switch to write-ahead logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SQLite handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integrity check could not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the foreign-key check could not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy cannot replace the open database itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write in the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::DecisionTreeModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::DecisionsPage</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending from previous meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected follow-up on the agenda of the meeting shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No later meeting to carry follow-ups into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into the agenda of: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a conclusion to follow it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up could not be carried forward: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::DirectoryPage</name>
    <message>
        <source>&amp;Countries and organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focal points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presidencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries and organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No focal points yet. Choose “Add Focal Point…” to note who speaks for a country or organization. Names, e-mail addresses and telephone numbers are personal data: mark them so, and a handover package may leave them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Focal Point…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presidencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The focal point could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the names, acronyms, code and membership of the selected country or organization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::DocumentEditor</name>
    <message>
        <source>New document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PROT-2022-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (the conference as a whole)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title in Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description in Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a title in English or in Spanish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::DocumentListModel</name>
    <message>
        <source>%1 (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (1 day left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 days left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (1 day overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 days overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member countries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::DocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approval state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to approve without consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why approve without every member&apos;s no objection (kept in the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve &amp;without consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation of the member countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a file with the document; a file of the same name becomes a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by consensus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved without the no objection of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every member country has no objection: it can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval waits for %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved: no “no objection” yet from %1. To approve anyway, give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — version %2 — %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
SHA-256: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a document and send it to every member country for consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the code, titles, description and deadline of the selected document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected document with its attachments (Undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the document %1? Its attachments and consultation replies go with it; Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Editor</name>
    <message>
        <source>Add meeting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meeting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule “%1” on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unschedule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add activity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit activity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete activity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity of the selection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change status of %n activities</source>
        <translation>
            <numerusform>Change status of %n activity</numerusform>
            <numerusform>Change status of %n activities</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unschedule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n activities</source>
        <translation>
            <numerusform>Delete %n activity</numerusform>
            <numerusform>Delete %n activities</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the country that owes the contribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the fund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year must be between 1990 and 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount due cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a contribution to this fund for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contribution of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contribution no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contribution of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contribution of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount paid must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payment of %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the country or organization of the focal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the focal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add focal point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The focal point no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit focal point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete focal point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country or organization no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name in English or Spanish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit decision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision of the selection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change status of %n decisions</source>
        <translation>
            <numerusform>Change status of %n decision</numerusform>
            <numerusform>Change status of %n decisions</numerusform>
        </translation>
    </message>
    <message>
        <source>The follow-up owner no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change follow-up of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion %1 belongs to this meeting; carry it into a later one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion %1 is already on the agenda of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry %1 into the agenda of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1&apos;s reply on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change state of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be approved without consensus: no “no objection” yet from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved without the no objection of %1. Reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve %1 without consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (version %2) from %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::FieldDelegate</name>
    <message>
        <source>hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::FilterBar</name>
    <message>
        <source>Filter by code or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All working groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structural meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries and organizations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::FocalPointDialog</name>
    <message>
        <source>New focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country or organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal point of the Working Group on Protection, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personal data (a handover package may leave it out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country or organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the focal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address (name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The focal point could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::FocalPointTableModel</name>
    <message>
        <source>Personal data: a handover package may leave this record out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not personal data (an office address, say): always handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country or organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::HandoverActions</name>
    <message>
        <source>&amp;Hand Over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Handover Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Conc&amp;lusions…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::HandoverExportWizard</name>
    <message>
        <source>Hand Over to the Incoming Presidency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no current presidency is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data of focal points: left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data of focal points: included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package holds a snapshot of the database, one CSV file per kind of record, the calendar (calendar.ics), the handover briefing (briefing.pdf) and the documents&apos; attachments. Writing it changes nothing in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming Presidency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package carries this database to the country that takes over the Presidency Pro-Tempore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a member country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the incoming presidency recorded in the Directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incoming presidency is recorded in the Directory: choose the country that takes over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave out personal data (the focal points marked as personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incoming presidency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the package is written: one .zip file to send to the incoming presidency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Package file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is replaced when the package is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover packages (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export writes the package. It may take a minute on a large database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the file to the incoming presidency. They open it with File &gt; Import Handover Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the incoming presidency on the first page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::HandoverImportDialog</name>
    <message>
        <source>Import a Handover Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is open read-only: it cannot take a merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is open read-only (%1): it cannot take a merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is kept in memory only: it cannot take a merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .zip file that the outgoing presidency wrote with File &gt; Hand Over; it is checked whole before anything is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover packages (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the Package Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it as a new database, or merge it into this one record by record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create and Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as a ne&amp;w database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge &amp;into this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merge cannot be undone from Edit &gt; Undo, and it clears the undo history. A copy of this database is saved first, to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presidency Desk databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is merged. Records changed on both sides keep this database&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists: choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy of the database could be saved, so nothing is merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not merged, the database is as it was: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Presidency Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Presidency Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Presidency Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;The desk of the Presidency Pro-Tempore of a regional conference on migration: calendar, working-group activities, documents, decisions, contributions and the handover.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presidency Desk – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presidency Pro-Tempore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current presidency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presidency Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presidency Desk databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. It is open read-only here: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ecisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di&amp;rectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar of the Year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsultation Matrix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision Register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda sheet of a meeting is printed from its editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Calendar of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Consultation Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Decision Register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::MeetingEditor</name>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the meeting (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title in Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description in Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be &amp;scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates are not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>from date to date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ll day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>from time to time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue city:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ink:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (structural meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown party)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Participants (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;genda (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the agenda sheet of this meeting as saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Agenda Sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::MeetingListModel</name>
    <message>
        <source>To be scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::MeetingRules</name>
    <message>
        <source>Enter a title in English or in Spanish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end time is before the start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A virtual meeting needs the link to join it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another meeting of the same kind is on these dates: “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already taking part in “%1” (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::MergeReportView</name>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records &amp;kept as they are here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the whole report as tab-separated text, for a spreadsheet or an e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database as it was before the import is saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presidency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::MonthView</name>
    <message>
        <source>Month calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ParticipantTableModel</name>
    <message>
        <source>(unknown party)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country or organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ParticipantsPanel</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country or &amp;organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 changes the role of the selected participant; Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::PartyChecklist</name>
    <message>
        <source>Filter parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the supporting parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting parties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::PartyDialog</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 3166 code of a country, or an acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym in Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member of the conference (answers consultations, owes contributions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name in English or in Spanish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::PartyTableModel</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::PaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3
Due %4, paid %5, outstanding %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank reference, instalment, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount; write it as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount paid must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::PendingFollowUpModel</name>
    <message>
        <source>%1, on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::PresidencyTableModel</name>
    <message>
        <source>Presidency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ReportDialog</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English and Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the &amp;participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::SearchDialog</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, descriptions and decision texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus, pages, dates and amounts change at once. Records are shown in this language when they have it, else in the other.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::TimelineView</name>
    <message>
        <source>Timeline of activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structural meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activities with a target date in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::UnscheduledModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting to be scheduled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity to be scheduled: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::UnscheduledPanel</name>
    <message>
        <source>Meetings and activities to be scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag an item onto a day, or assign it a date. Drop a dated item here to unschedule it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be scheduled (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be scheduled (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::WeekView</name>
    <message>
        <source>Week calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::form</name>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Spanish version yet: Spanish lists and sheets will show the English one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No English version yet: English lists and sheets will show the Spanish one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
