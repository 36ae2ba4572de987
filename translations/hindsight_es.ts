<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Archive</name>
    <message>
        <source>%1 is not a Hindsight archive: it is an SQLite database of another application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Hindsight (schema %2; this version reads up to %3). Open it with a newer Hindsight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an invalid schema version (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: the Qt SQLite driver (QSQLITE) is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an SQLite database, so it cannot be a Hindsight archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 as an SQLite database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: it is damaged or not an SQLite database (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: its folder cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written to, so it was opened read-only: you can read and export its COEs but not save changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 cannot be written to, so the archive was opened read-only: you can read and export its COEs but not save changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty database, not yet a Hindsight archive, and it is opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by an older version of Hindsight (schema %2) and must be upgraded to schema %3, which cannot be done read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot configure the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot switch to write-ahead logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal mode is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read its schema version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 Whys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review check: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gaps longer than %n minute(s)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  none
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>around %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durations
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoeDocument</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Timeline Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers Affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA Breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second-Order Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Timeline Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Image Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Action Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Action Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Related Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Related Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Related Item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoeImporter</name>
    <message>
        <source>%1: a COE with uuid %2 is already in the archive; nothing imported (choose replace or copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: replaced COE %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported as a copy with the new uuid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoeJson</name>
    <message>
        <source>the document is %1 MiB; documents larger than %2 MiB are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document must be a JSON object ({ &quot;format&quot;: &quot;coe&quot;, ... })</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is nested too deeply (more than about 1000 levels of arrays and objects) to be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is too large to be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON syntax error: the document ends too early, is it truncated? (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8: byte offset %1 (line %2) is not part of a UTF-8 character; save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is larger than %1 MiB and is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an RFC 3339 instant such as 2024-03-07T14:05:00Z: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instant &quot;%1&quot; has no offset; add Z for UTC or the offset it was written in, such as -08:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an impossible offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a COE document: format is %1, expected &quot;coe&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version %1 is not supported; this version of Hindsight reads version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a UUID: %1 (expected the form 3f0c6a9e-2b7d-4c1e-9a55-0d2f7b8e4c11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no uuid in the file; a new one was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 5, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone %1; expected an IANA name such as UTC, Europe/Dublin or America/Bogota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of at least 0, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number or null, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true, false or null, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number of at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an ISO 4217 currency code: %1 (expected three capital letters such as USD or EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object or null, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pillar %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timeline has %1 entries; at most %2 can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone %1 appears more than once (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1 is already used by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty; use null for a step that asks why the problem happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string or null, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a real date in the form YYYY-MM-DD: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to why id %1, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent chain goes round in a cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value %1; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains an unpaired surrogate escape (\ud800 to \udfff without its partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>too long: %n characters, at most %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoeMarkdown</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoeRepository</name>
    <message>
        <source>The untitled COE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: the archive %2 is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: it has no identifier (uuid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: the archive already holds a COE with the same identifier (uuid %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: it was deleted from the archive by another window or process since it was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: it was changed by another window or process since it was loaded (archive revision %2, this copy revision %3). Nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the COE %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %2 holds no COE %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The COE %1 was not deleted: the archive %2 is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The COE %1 was not deleted from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the COEs in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>search is not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions is not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindsight writes Correction of Error (COE) documents.

Without a command it opens the archive window. Commands:
  import FILE.coe.json... [--on-conflict fail|replace|copy]
  export-json UUID OUT.coe.json|-
  list
  check UUID|FILE.coe.json [--format text|json] [--gap-minutes N]
  export-pdf UUID OUT.pdf [--sections LIST] [--paper a4|letter]
  export-pdf UUID UUID... --packet OUT.pdf
  export-md UUID OUT.md
  search QUERY [--limit N]
  actions [--overdue] [--csv]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive file to use instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[command]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: what to do when the uuid is already in the archive: fail, replace or copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: the gap threshold in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-pdf: the sections to include, comma separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-pdf: a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-pdf: write all named COEs into one review packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search: at most N results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions: only overdue items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions: write CSV instead of tab-separated text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can only be read: nothing can be written to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no COE with uuid %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs at least one FILE.coe.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-conflict takes fail, replace or copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-json takes UUID and OUT.coe.json (or - for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes one UUID or FILE.coe.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gap-minutes takes a whole number of minutes, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-pdf --packet OUT.pdf takes one or more UUIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-pdf takes UUID and OUT.pdf (or several UUIDs with --packet OUT.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-md takes UUID and OUT.md</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won&apos;t do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security (confidentiality)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security (integrity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security (availability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost optimization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational excellence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detects the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitors from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security: confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security: integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security: availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – Critical: many customers cannot use a core service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – Major: a core service degraded for many customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – Moderate: a feature degraded or a few customers blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 – Minor: little customer impact, internal disruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 – Low: a near miss, no customer impact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Importing COE documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) not looked at.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>COE already in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds “%2”, which is already in this archive (uuid %3).

Replace the stored COE with the file, keep both (the import gets a new uuid), or skip this file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped, already in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1, skipped %2, refused %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>Choose a file name for the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No COE to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>No summary written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second-order effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled COE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COE id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timeline entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap of around %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexplained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To mitigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No why-steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No related items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix A  Review check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review check found nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n COE(s), exported %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem and 5 whys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Image %1 cannot be shown]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>Unknown section &quot;%1&quot;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No section given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown paper size &quot;%1&quot;; use a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Print Preview: Review Packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>Cannot start printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish writing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No COE to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewCheck</name>
    <message>
        <source>The summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The impact description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second-order impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gap explanation of timeline entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question of why step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of why step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item %1 (“%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the summary: who was affected, when, where and how, how long it took to notice, how it was mitigated and how a recurrence will be prevented. Write it last, so it can travel alone as an email to your main stakeholder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The summary has only %n word(s). Say who was affected, when, for how long, how it was mitigated and what will prevent a recurrence, so it stands alone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The summary mentions no date, time or duration. Say when the impact started (with a time zone) and how long it lasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of customers affected is unknown. Estimate it from logs or metrics and say how you estimated it; 0 is a valid answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe how customers and the business were affected, in measurable terms: failed requests, orders, money, duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the non-functional requirements that were affected (security, reliability, performance efficiency, cost optimization, operations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the timeline: every event from the first trigger until the system was back to normal, in order, with times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry is marked as the trigger. Start the timeline with the first event that led to the problem (a deployment, a change, a spike), not with when you were notified, and mark it as trigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry is marked as impact start, so time to detect and to resolve are measured from the trigger instead. Mark the entry where customers were first affected as impact start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry is marked as impact start (nor trigger): time to detect and to resolve cannot be computed. Mark the entry where customers were first affected as impact start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry is marked as detected: time to detect, to diagnose and to mitigate cannot be computed. Mark the entry where you learned of the impact as detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry is marked as mitigated: time to mitigate cannot be computed. Mark the entry where customer impact ended as mitigated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Around %n minute(s) pass between timeline entries %1 and %2 with nothing recorded. Explain in entry %2 what happened meanwhile, or why nothing was recorded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) pass between timeline entries %1 and %2 with nothing recorded. Explain in entry %2 what happened meanwhile, or why nothing was recorded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %1 (%2) is earlier than entry %3 (%4), which must come first. Correct the time or the milestone of one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of entry %1 is approximate. If a log, alarm, chat or ticket records the exact time, use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metrics: that is a red flag. Add the metrics that show the impact and how the problem was detected; if they do not exist, add an action item to create them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metric shows the impact. Add the metric that measured what customers experienced (errors, latency, failed orders) with the role “impact”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metric shows how the problem was (or could have been) detected. Add it with the role “detection”; if none exists, that is an action item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No detection question is answered. Answer at least “How can we reduce the time to detect in half?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diagnosis question is answered. Answer at least “How can we reduce the time to diagnose in half?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mitigation question is answered. Answer at least “How can we reduce the time to mitigate in half?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prevention question is answered. Answer at least “How do we prevent this from happening again?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the five whys: why did the problem happen, then why did that happen, until you reach causes you can act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No why step is marked as a root cause. Mark the causes that, once fixed, prevent this problem and others like it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The longest chain of whys has only %n step(s) and no root cause. Keep asking why of the last answer (five times is a guide, not a limit) until you reach a cause you can act on.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Why step %1 is a human error, and nothing below it asks why that error was possible. Add a step asking what check, guard rail or fail-safe was missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why step %1 is a root cause, but no action item addresses it. Add an action item and link it to this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action items: they are the main result of a COE. Each needs a priority, an owner and a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no priority. Set one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no owner. Name the one person responsible for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no due date. Set the date by which it will be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is high priority but due %2 days after the COE was created, beyond the %n-day target. Bring the date forward, split the item, or lower its priority.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n action item(s). Check that every why step and every way to detect, diagnose and mitigate faster has an action.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No related items. Link earlier COEs about the same service or cause, tickets and runbooks, if there are any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names %2. Write about roles and systems (“the on-call engineer”, “the config service”), not people: a COE is blameless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says %2. Instead of assigning error or blame, ask why the system allowed it, and write that down as a why step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeParser</name>
    <message>
        <source>%1 is not an hour on a 12-hour clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 did not happen in %3: the clocks skipped it (daylight saving time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a time, for example 14:02 or 2024-03-07 14:02 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time this field understands; try 14:02 or 2024-03-07 14:02 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time at the start of this line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineAnalysis</name>
    <message>
        <source>The entry marked “%1” has no valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timeline entry is marked “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timeline entry is marked “%1” or “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry marked “%1” is earlier than the entry marked “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impact start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>%1 %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 h %3 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::ActionDelegate</name>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
</context>
<context>
    <name>hindsight::ActionItemModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (vencida)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Whys</source>
        <translation>Porqués</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
</context>
<context>
    <name>hindsight::ActionsPage</name>
    <message>
        <source>Action items</source>
        <translation>Elementos de acción</translation>
    </message>
    <message>
        <source>&amp;Add Action Item</source>
        <translation>&amp;Agregar elemento de acción</translation>
    </message>
    <message>
        <source>Add an item due in 14 days</source>
        <translation>Agregar un elemento con fecha límite en 14 días</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>D&amp;escription of the selected item:</source>
        <translation>De&amp;scripción del elemento seleccionado:</translation>
    </message>
    <message>
        <source>Action item description</source>
        <translation>Descripción del elemento de acción</translation>
    </message>
    <message>
        <source>What done looks like, and how we will know it works.</source>
        <translation>Cómo se ve terminado y cómo sabremos que funciona.</translation>
    </message>
    <message>
        <source>Delete Action Items</source>
        <translation>Eliminar elementos de acción</translation>
    </message>
</context>
<context>
    <name>hindsight::ArchiveSearch</name>
    <message>
        <source>Cannot search %1: %2</source>
        <translation>No se puede buscar en %1: %2</translation>
    </message>
</context>
<context>
    <name>hindsight::AutoSaver</name>
    <message>
        <source>Someone else saved this COE since you opened it.</source>
        <translation>Otra persona guardó este COE después de que usted lo abrió.</translation>
    </message>
</context>
<context>
    <name>hindsight::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar mensaje</translation>
    </message>
</context>
<context>
    <name>hindsight::CoeListModel</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Última actualización</translation>
    </message>
</context>
<context>
    <name>hindsight::CoeRepository</name>
    <message>
        <source>unknown %1 &quot;%2&quot; in the archive</source>
        <translation>%1 desconocido «%2» en el archivo</translation>
    </message>
</context>
<context>
    <name>hindsight::EditorPage</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>5 Whys</source>
        <translation>5 porqués</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Relacionados</translation>
    </message>
</context>
<context>
    <name>hindsight::EditorWindow</name>
    <message>
        <source>The COE %1 is not in this archive.</source>
        <translation>El COE %1 no está en este archivo.</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Pasos</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Review findings</source>
        <translation>Hallazgos de la revisión</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>Show guidance</source>
        <translation>Mostrar orientación</translation>
    </message>
    <message>
        <source>Show or hide what this step is for (F1)</source>
        <translation>Mostrar u ocultar para qué sirve este paso (F1)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; A&amp;trás</translation>
    </message>
    <message>
        <source>Previous step (Ctrl+PgUp)</source>
        <translation>Paso anterior (Ctrl+RePág)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>Next step (Ctrl+PgDown)</source>
        <translation>Paso siguiente (Ctrl+AvPág)</translation>
    </message>
    <message>
        <source>This archive is open read-only: you can read and edit, but changes cannot be saved. Export or copy your text before closing.</source>
        <translation>Este archivo está abierto en modo de solo lectura: puede leer y editar, pero los cambios no se pueden guardar. Exporte o copie su texto antes de cerrar.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Save Now</source>
        <translation>&amp;Guardar ahora</translation>
    </message>
    <message>
        <source>Save this COE to the archive now (it also saves by itself)</source>
        <translation>Guardar este COE en el archivo ahora (también se guarda solo)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Save and close this COE</source>
        <translation>Guardar y cerrar este COE</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Rehacer el último cambio deshecho</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>Paso &amp;anterior</translation>
    </message>
    <message>
        <source>Go to the previous step</source>
        <translation>Ir al paso anterior</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>Paso &amp;siguiente</translation>
    </message>
    <message>
        <source>Go to the next step</source>
        <translation>Ir al paso siguiente</translation>
    </message>
    <message>
        <source>Go to step %1, %2</source>
        <translation>Ir al paso %1, %2</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation>&amp;Orientación</translation>
    </message>
    <message>
        <source>Show or hide what each step is for</source>
        <translation>Mostrar u ocultar para qué sirve cada paso</translation>
    </message>
    <message>
        <source>&amp;Review Now</source>
        <translation>&amp;Revisar ahora</translation>
    </message>
    <message>
        <source>Check the COE again for gaps and missing parts</source>
        <translation>Volver a revisar el COE en busca de intervalos y partes faltantes</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>#### What this step is for</source>
        <translation>#### Para qué sirve este paso</translation>
    </message>
    <message>
        <source>Hide guidance</source>
        <translation>Ocultar orientación</translation>
    </message>
    <message>
        <source>&amp;Review: nothing to fix</source>
        <translation>&amp;Revisión: nada que corregir</translation>
    </message>
    <message>
        <source>&amp;Review: %1 ⚠ %2 ✗</source>
        <translation>&amp;Revisión: %1 ⚠ %2 ✗</translation>
    </message>
    <message numerus="yes">
        <source>Review: %n warnings</source>
        <translation>
            <numerusform>Revisión: %n advertencia</numerusform>
            <numerusform>Revisión: %n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>Step %1, %2, %3</source>
        <translation>Paso %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>guardado %1</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>guardado</translation>
    </message>
    <message>
        <source>changes pending</source>
        <translation>cambios pendientes</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>sin guardar</translation>
    </message>
    <message>
        <source>Untitled COE</source>
        <translation>COE sin título</translation>
    </message>
    <message>
        <source>%1[*] — %2 — Hindsight</source>
        <translation>%1[*] — %2 — Hindsight</translation>
    </message>
    <message>
        <source>Not saved: %1 Your edits are kept here.</source>
        <translation>Sin guardar: %1 Sus ediciones se conservan aquí.</translation>
    </message>
    <message>
        <source>Save My Version</source>
        <translation>Guardar mi versión</translation>
    </message>
    <message>
        <source>Not saved: %1 Your edits are kept here; nothing is lost while this window is open.</source>
        <translation>Sin guardar: %1 Sus ediciones se conservan aquí; no se pierde nada mientras esta ventana esté abierta.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Close Without Saving?</source>
        <translation>¿Cerrar sin guardar?</translation>
    </message>
    <message>
        <source>Your changes to &quot;%1&quot; could not be saved: %2

Close the window and lose them?</source>
        <translation>Sus cambios en &quot;%1&quot; no se pudieron guardar: %2

¿Desea cerrar la ventana y perderlos?</translation>
    </message>
</context>
<context>
    <name>hindsight::EmptyState</name>
    <message>
        <source>No COEs in this archive yet</source>
        <translation>Todavía no hay COE en este archivo</translation>
    </message>
    <message>
        <source>A Correction of Error (COE) turns an incident into lessons and corrective actions: what happened, its impact, how it was found and fixed, why it happened, and what we will change so it cannot happen again.</source>
        <translation>Un Correction of Error (COE) convierte un incidente en aprendizajes y acciones correctivas: qué ocurrió, su impacto, cómo se detectó y se corrigió, por qué ocurrió y qué cambiaremos para que no vuelva a ocurrir.</translation>
    </message>
    <message>
        <source>New COE</source>
        <translation>Nuevo COE</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
</context>
<context>
    <name>hindsight::ImpactPage</name>
    <message>
        <source>Customers affected</source>
        <translation>Clientes afectados</translation>
    </message>
    <message>
        <source>41,200 — leave empty when unknown</source>
        <translation>41,200 — déjelo vacío si no se conoce</translation>
    </message>
    <message>
        <source>&amp;Customers affected:</source>
        <translation>&amp;Clientes afectados:</translation>
    </message>
    <message>
        <source>Financial impact amount</source>
        <translation>Monto del impacto financiero</translation>
    </message>
    <message>
        <source>183000 — leave empty when none or unknown</source>
        <translation>183000 — déjelo vacío si no hubo o no se conoce</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>&amp;Financial impact:</source>
        <translation>Impacto &amp;financiero:</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>Incumplimiento de SLA</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Se desconoce</translation>
    </message>
    <message>
        <source>Yes, an SLA or contract was breached</source>
        <translation>Sí, se incumplió un SLA o un contrato</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>S&amp;LA breached:</source>
        <translation>&amp;Incumplimiento de SLA:</translation>
    </message>
    <message>
        <source>Pillars affected</source>
        <translation>Pilares afectados</translation>
    </message>
    <message>
        <source>Pillars affected:</source>
        <translation>Pilares afectados:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>41,200 customers got an error at checkout; 12,950 orders were abandoned.</source>
        <translation>41,200 clientes recibieron un error al pagar; se abandonaron 12,950 pedidos.</translation>
    </message>
    <message>
        <source>Impact description</source>
        <translation>Descripción del impacto</translation>
    </message>
    <message>
        <source>C&amp;onsequences:</source>
        <translation>C&amp;onsecuencias:</translation>
    </message>
    <message>
        <source>Did it cause other incidents, lost deals, penalties?</source>
        <translation>¿Provocó otros incidentes, ventas perdidas, penalizaciones?</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Consecuencias</translation>
    </message>
    <message>
        <source>Second-order &amp;impact:</source>
        <translation>I&amp;mpacto de segundo orden:</translation>
    </message>
    <message>
        <source>How were our customers&apos; own businesses affected?</source>
        <translation>¿Cómo se vieron afectados los propios negocios de nuestros clientes?</translation>
    </message>
    <message>
        <source>Second-order impact</source>
        <translation>Impacto de segundo orden</translation>
    </message>
    <message>
        <source>Customer se&amp;ntiment:</source>
        <translation>Perce&amp;pción de los clientes:</translation>
    </message>
    <message>
        <source>Social mentions, support tickets, escalations.</source>
        <translation>Menciones en redes sociales, tickets de soporte, escalamientos.</translation>
    </message>
    <message>
        <source>Customer sentiment</source>
        <translation>Percepción de los clientes</translation>
    </message>
</context>
<context>
    <name>hindsight::MainWindow</name>
    <message>
        <source>COEs in this archive</source>
        <translation>COE en este archivo</translation>
    </message>
    <message>
        <source>&amp;New COE</source>
        <translation>&amp;Nuevo COE</translation>
    </message>
    <message>
        <source>Start a new COE in this archive</source>
        <translation>Comenzar un nuevo COE en este archivo</translation>
    </message>
    <message>
        <source>&amp;Open COE</source>
        <translation>&amp;Abrir COE</translation>
    </message>
    <message>
        <source>Open the selected COE</source>
        <translation>Abrir el COE seleccionado</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import COE documents (.coe.json) into this archive</source>
        <translation>Importar documentos COE (.coe.json) a este archivo</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Exportar JSON…</translation>
    </message>
    <message>
        <source>Export the selected COE as a .coe.json file</source>
        <translation>Exportar el COE seleccionado como archivo .coe.json</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>New &amp;Archive…</source>
        <translation>Nuevo arc&amp;hivo…</translation>
    </message>
    <message>
        <source>Create a new, empty archive file</source>
        <translation>Crear un archivo nuevo y vacío</translation>
    </message>
    <message>
        <source>Open A&amp;rchive…</source>
        <translation>Abrir a&amp;rchivo…</translation>
    </message>
    <message>
        <source>Open another archive file</source>
        <translation>Abrir otro archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Hindsight</source>
        <translation>Salir de Hindsight</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>%1 — Hindsight</source>
        <translation>%1 — Hindsight</translation>
    </message>
    <message>
        <source>%1 cannot be written, so it was opened read-only: you can read and export COEs but not change them.</source>
        <translation>No se puede escribir en %1, por eso se abrió en modo de solo lectura: puede leer y exportar los COE, pero no modificarlos.</translation>
    </message>
    <message numerus="yes">
        <source>%n COE(s)</source>
        <translation>
            <numerusform>%n COE</numerusform>
            <numerusform>%n COE</numerusform>
        </translation>
    </message>
    <message>
        <source>Import COE documents</source>
        <translation>Importar documentos COE</translation>
    </message>
    <message>
        <source>COE documents (*.coe.json *.json);;All files (*)</source>
        <translation>Documentos COE (*.coe.json *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>This archive is read-only: nothing can be imported.</source>
        <translation>Este archivo es de solo lectura: no se puede importar nada.</translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Export COE as JSON</source>
        <translation>Exportar COE como JSON</translation>
    </message>
    <message>
        <source>COE documents (*.coe.json)</source>
        <translation>Documentos COE (*.coe.json)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Hindsight archives (*.sqlite *.hindsight);;All files (*)</source>
        <translation>Archivos de Hindsight (*.sqlite *.hindsight);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New archive</source>
        <translation>Nuevo archivo</translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for a new archive.</source>
        <translation>%1 ya existe; elija un nombre de archivo nuevo para un archivo nuevo.</translation>
    </message>
    <message>
        <source>Untitled COE</source>
        <translation>COE sin título</translation>
    </message>
</context>
<context>
    <name>hindsight::MarkdownEdit</name>
    <message>
        <source>B</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Bold (**text**)</source>
        <translation>Negrita (**texto**)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Italic (*text*)</source>
        <translation>Cursiva (*texto*)</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lista</translation>
    </message>
    <message>
        <source>Bulleted list (- item)</source>
        <translation>Lista con viñetas (- elemento)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>Link ([text](https://…))</source>
        <translation>Vínculo ([texto](https://…))</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
</context>
<context>
    <name>hindsight::MetricModel</name>
    <message>
        <source>(unnamed metric)</source>
        <translation>(métrica sin nombre)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
</context>
<context>
    <name>hindsight::MetricsPage</name>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>&amp;Add Metric</source>
        <translation>&amp;Agregar métrica</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Metric name</source>
        <translation>Nombre de la métrica</translation>
    </message>
    <message>
        <source>Checkout 5xx error rate (EU)</source>
        <translation>Tasa de errores 5xx del checkout (UE)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Metric role</source>
        <translation>Función de la métrica</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(no indicada)</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>Dashboard address</source>
        <translation>Dirección del panel</translation>
    </message>
    <message>
        <source>&amp;Dashboard:</source>
        <translation>&amp;Panel:</translation>
    </message>
    <message>
        <source>Metric description</source>
        <translation>Descripción de la métrica</translation>
    </message>
    <message>
        <source>What it measures, and what it showed: peaked at 38% at 14:20 UTC.</source>
        <translation>Qué mide y qué mostró: llegó a un máximo de 38% a las 14:20 UTC.</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <source>Images; type a caption with F2, paste with Ctrl+V</source>
        <translation>Imágenes; escriba un pie de imagen con F2, pegue con Ctrl+V</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>&amp;Imágenes:</translation>
    </message>
    <message>
        <source>Add &amp;Image…</source>
        <translation>Agre&amp;gar imagen…</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>Pega&amp;r imagen</translation>
    </message>
    <message>
        <source>Remove Ima&amp;ge</source>
        <translation>Quitar i&amp;magen</translation>
    </message>
    <message>
        <source>Add Images</source>
        <translation>Agregar imágenes</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>El portapapeles no contiene ninguna imagen.</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB; attach a smaller image or link the dashboard instead.</source>
        <translation>%1 pesa más de 20 MB; adjunte una imagen más pequeña o, en su lugar, vincule el panel.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or SVG image.</source>
        <translation>%1 no es una imagen PNG, JPEG ni SVG.</translation>
    </message>
    <message>
        <source>%1, no caption</source>
        <translation>%1, sin pie de imagen</translation>
    </message>
</context>
<context>
    <name>hindsight::PasteLinesDialog</name>
    <message>
        <source>Paste Timeline Lines</source>
        <translation>Pegar líneas de la cronología</translation>
    </message>
    <message>
        <source>One entry per line that starts with a time, e.g. &quot;[14:02] alice: first 503s&quot;, &quot;2024-03-07T14:02:11Z ERROR …&quot; or &quot;- 14:02 rollback started&quot;. A time without a zone is in %1; a time without a date is on the day of the line before.</source>
        <translation>Una entrada por cada línea que comienza con una hora, p. ej., &quot;[14:02] alice: primeros 503&quot;, &quot;2024-03-07T14:02:11Z ERROR …&quot; o &quot;- 14:02 comenzó el rollback&quot;. Una hora sin zona se interpreta en %1; una hora sin fecha corresponde al día de la línea anterior.</translation>
    </message>
    <message>
        <source>Lines to add</source>
        <translation>Líneas para agregar</translation>
    </message>
    <message>
        <source>Preview of the entries</source>
        <translation>Vista previa de las entradas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message numerus="yes">
        <source>%n entries to add; </source>
        <translation>
            <numerusform>%n entrada para agregar; </numerusform>
            <numerusform>%n entradas para agregar; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines not understood (left out).</source>
        <translation>
            <numerusform>%n línea no se entendió (se omitió).</numerusform>
            <numerusform>%n líneas no se entendieron (se omitieron).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries to add.</source>
        <translation>
            <numerusform>%n entrada para agregar.</numerusform>
            <numerusform>%n entradas para agregar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Entries</source>
        <translation>
            <numerusform>Agregar %n entrada</numerusform>
            <numerusform>Agregar %n entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Save the preferences and close</source>
        <translation>Guardar las preferencias y cerrar</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Restore the default preferences</source>
        <translation>Restablecer las preferencias predeterminadas</translation>
    </message>
</context>
<context>
    <name>hindsight::QuestionModel</name>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
</context>
<context>
    <name>hindsight::QuestionsPage</name>
    <message>
        <source>%1 questions</source>
        <translation>Preguntas de %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>How could we cut the time to detect in half?</source>
        <translation>¿Cómo podríamos reducir a la mitad el tiempo de detección?</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Alarm on pool wait time, and evaluate the error-rate alarm over 3 datapoints.</source>
        <translation>Alarmar según el tiempo de espera del pool y evaluar la alarma de tasa de errores en 3 puntos de datos.</translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation>R&amp;espuesta:</translation>
    </message>
    <message>
        <source>&amp;Add Question</source>
        <translation>&amp;Agregar pregunta</translation>
    </message>
    <message>
        <source>Add a question to the group of the selected one</source>
        <translation>Agregar una pregunta al grupo de la seleccionada</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nueva pregunta</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n unanswered</source>
        <translation>
            <numerusform>%1 — %n sin responder</numerusform>
            <numerusform>%1 — %n sin responder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — all answered</source>
        <translation>%1 — todas respondidas</translation>
    </message>
</context>
<context>
    <name>hindsight::RelatedModel</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>COE or address</source>
        <translation>COE o dirección</translation>
    </message>
</context>
<context>
    <name>hindsight::RelatedPage</name>
    <message>
        <source>Related items</source>
        <translation>Elementos relacionados</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Another COE from this archive</source>
        <translation>Otro COE de este archivo</translation>
    </message>
    <message>
        <source>Search COEs</source>
        <translation>Buscar COE</translation>
    </message>
    <message>
        <source>Search by title, e.g. checkout</source>
        <translation>Buscar por título, p. ej., checkout</translation>
    </message>
    <message>
        <source>COEs in the archive</source>
        <translation>COE del archivo</translation>
    </message>
    <message>
        <source>Link &amp;COE</source>
        <translation>Vincular &amp;COE</translation>
    </message>
    <message>
        <source>A document or page</source>
        <translation>Un documento o una página</translation>
    </message>
    <message>
        <source>Link title</source>
        <translation>Título del vínculo</translation>
    </message>
    <message>
        <source>Checkout service runbook</source>
        <translation>Runbook del servicio de checkout</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>Dirección del vínculo</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Add &amp;Link</source>
        <translation>Agregar &amp;vínculo</translation>
    </message>
    <message>
        <source>Only http, https and file addresses can be linked.</source>
        <translation>Solo se pueden vincular direcciones http, https y file.</translation>
    </message>
    <message>
        <source>%1 is not an http, https or file address; it is not opened.</source>
        <translation>%1 no es una dirección http, https ni file; no se abrirá.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Creado el %1</translation>
    </message>
</context>
<context>
    <name>hindsight::Schema</name>
    <message>
        <source>could not start upgrading the archive: %1</source>
        <translation>no se pudo comenzar a actualizar el archivo: %1</translation>
    </message>
    <message>
        <source>the archive has an invalid schema version %1</source>
        <translation>el archivo tiene una versión de esquema no válida: %1</translation>
    </message>
    <message>
        <source>could not upgrade the archive from schema %1 to %2: %3</source>
        <translation>no se pudo actualizar el archivo del esquema %1 al %2: %3</translation>
    </message>
</context>
<context>
    <name>hindsight::Settings</name>
    <message>
        <source>The settings file %1 was damaged and could not be read. Default settings are used; the damaged file was kept as %2.</source>
        <translation>El archivo de configuración %1 estaba dañado y no se pudo leer. Se usa la configuración predeterminada; el archivo dañado se conservó como %2.</translation>
    </message>
    <message>
        <source>The settings file %1 was damaged and could not be read. Default settings are used, and changes cannot be saved until the file is removed.</source>
        <translation>El archivo de configuración %1 estaba dañado y no se pudo leer. Se usa la configuración predeterminada y los cambios no se podrán guardar hasta que se elimine el archivo.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read. Default settings are used.</source>
        <translation>No se pudo leer el archivo de configuración %1. Se usa la configuración predeterminada.</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1.</source>
        <translation>No se pudo guardar la configuración en %1.</translation>
    </message>
</context>
<context>
    <name>hindsight::SettingsEditor</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>e.g. Ana Pérez</source>
        <translation>p. ej., Ana Pérez</translation>
    </message>
    <message>
        <source>Author name</source>
        <translation>Nombre del autor</translation>
    </message>
    <message>
        <source>Filled in as the owner of each new COE.</source>
        <translation>Se completa como responsable de cada COE nuevo.</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>&amp;Nombre del autor:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Autosave delay in milliseconds</source>
        <translation>Demora del guardado automático en milisegundos</translation>
    </message>
    <message>
        <source>How long to wait after the last change before saving.</source>
        <translation>Cuánto esperar después del último cambio antes de guardar.</translation>
    </message>
    <message>
        <source>Auto&amp;save after:</source>
        <translation>Guardar a&amp;utomáticamente después de:</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Timeline gap threshold in minutes</source>
        <translation>Umbral de intervalos de la cronología en minutos</translation>
    </message>
    <message>
        <source>Timeline gaps longer than this are pointed out.</source>
        <translation>Se señalan los intervalos de la cronología más largos que este valor.</translation>
    </message>
    <message>
        <source>Flag timeline &amp;gaps longer than:</source>
        <translation>Señalar intervalos de la cronología &amp;mayores que:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Action item due time in days</source>
        <translation>Plazo de los elementos de acción en días</translation>
    </message>
    <message>
        <source>Default time to complete an action item; later ones are overdue.</source>
        <translation>Plazo predeterminado para completar un elemento de acción; los posteriores quedan vencidos.</translation>
    </message>
    <message>
        <source>Action items are &amp;due within:</source>
        <translation>Plazo de los elementos de &amp;acción:</translation>
    </message>
    <message>
        <source>Display and printing</source>
        <translation>Visualización e impresión</translation>
    </message>
    <message>
        <source>Display time zone</source>
        <translation>Zona horaria de visualización</translation>
    </message>
    <message>
        <source>Times are stored in UTC and shown in this zone. Type to search.</source>
        <translation>Las horas se guardan en UTC y se muestran en esta zona. Escriba para buscar.</translation>
    </message>
    <message>
        <source>e.g. Europe/Madrid</source>
        <translation>p. ej., Europe/Madrid</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Automatic (from the system locale)</source>
        <translation>Automático (según la configuración regional del sistema)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Tamaño del &amp;papel:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language is used after Hindsight restarts.</source>
        <translation>El nuevo idioma se aplica después de reiniciar Hindsight.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Default archive file</source>
        <translation>Archivo predeterminado</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Predeterminado: %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Browse for the default archive file</source>
        <translation>Buscar el archivo predeterminado</translation>
    </message>
    <message>
        <source>Default a&amp;rchive:</source>
        <translation>A&amp;rchivo predeterminado:</translation>
    </message>
    <message>
        <source>Recently opened archives</source>
        <translation>Archivos abiertos recientemente</translation>
    </message>
    <message>
        <source>Recent archives:</source>
        <translation>Archivos recientes:</translation>
    </message>
    <message>
        <source>&amp;Clear Recent List</source>
        <translation>&amp;Borrar la lista de recientes</translation>
    </message>
    <message>
        <source>Clear the list of recent archives</source>
        <translation>Borrar la lista de archivos recientes</translation>
    </message>
    <message>
        <source>&amp;Forget Window Sizes</source>
        <translation>&amp;Olvidar tamaños de ventana</translation>
    </message>
    <message>
        <source>Forget the remembered window sizes and positions</source>
        <translation>Olvidar los tamaños y las posiciones de ventana recordados</translation>
    </message>
    <message>
        <source>Default Archive</source>
        <translation>Archivo predeterminado</translation>
    </message>
    <message>
        <source>Hindsight archives (*.sqlite);;All files (*)</source>
        <translation>Archivos de Hindsight (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone. Choose one from the list, such as Europe/Madrid or UTC.</source>
        <translation>“%1” no es una zona horaria conocida. Elija una de la lista, como Europe/Madrid o UTC.</translation>
    </message>
    <message>
        <source>The default archive must be a full path, such as %1.</source>
        <translation>El archivo predeterminado debe ser una ruta completa, como %1.</translation>
    </message>
    <message>
        <source>Some preferences could not be saved.</source>
        <translation>Algunas preferencias no se pudieron guardar.</translation>
    </message>
</context>
<context>
    <name>hindsight::SummaryPage</name>
    <message>
        <source>Checkout API returned HTTP 503 after a configuration rollout</source>
        <translation>La API de checkout devolvió HTTP 503 después del despliegue de una configuración</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Gra&amp;vedad:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Dana Ortiz</source>
        <translation>Dana Ortiz</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Res&amp;ponsable:</translation>
    </message>
    <message>
        <source>Separate several with commas.</source>
        <translation>Separe varios con comas.</translation>
    </message>
    <message>
        <source>&amp;Reviewers:</source>
        <translation>&amp;Revisores:</translation>
    </message>
    <message>
        <source>Sam Lee, Priya Natarajan</source>
        <translation>Sam Lee, Priya Natarajan</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Revisores</translation>
    </message>
    <message>
        <source>Ser&amp;vices:</source>
        <translation>&amp;Servicios:</translation>
    </message>
    <message>
        <source>checkout-api, config-service</source>
        <translation>checkout-api, config-service</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>deployment, configuration</source>
        <translation>despliegue, configuración</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Display time zone</source>
        <translation>Zona horaria de visualización</translation>
    </message>
    <message>
        <source>Times are stored in UTC and shown in this zone.</source>
        <translation>Las horas se guardan en UTC y se muestran en esta zona.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>On 2024-03-07 between 14:02 and 15:11 UTC, 38% of checkout requests failed… Who was affected, for how long, how we found out, how we fixed it, what we will change.</source>
        <translation>El 2024-03-07, entre las 14:02 y las 15:11 UTC, falló el 38% de las solicitudes de checkout… A quiénes afectó, durante cuánto tiempo, cómo nos enteramos, cómo lo corregimos, qué cambiaremos.</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Res&amp;umen:</translation>
    </message>
</context>
<context>
    <name>hindsight::TimeZoneComboBox</name>
    <message>
        <source>Search zones, e.g. Bogota</source>
        <translation>Buscar zonas, p. ej., Bogota</translation>
    </message>
</context>
<context>
    <name>hindsight::TimelineDelegate</name>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>That time was not understood.</source>
        <translation>No se entendió esa hora.</translation>
    </message>
</context>
<context>
    <name>hindsight::TimelineModel</name>
    <message numerus="yes">
        <source>around %n min gap</source>
        <translation>
            <numerusform>intervalo de unos %n min</numerusform>
            <numerusform>intervalo de unos %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min gap</source>
        <translation>
            <numerusform>intervalo de %n min</numerusform>
            <numerusform>intervalo de %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — not explained yet</source>
        <translation>%1 — aún sin explicar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>aproximada</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacta</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Approx.</source>
        <translation>Aprox.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
</context>
<context>
    <name>hindsight::TimelinePage</name>
    <message>
        <source>Timeline entries</source>
        <translation>Entradas de la cronología</translation>
    </message>
    <message>
        <source>Approx.</source>
        <translation>Aprox.</translation>
    </message>
    <message>
        <source>No entries yet.

Add one with Add Entry, or paste lines from a chat or a log with Paste Lines…, for example &quot;[14:02] alice: checkout is failing&quot;.</source>
        <translation>Todavía no hay entradas.

Agregue una con Agregar entrada, o pegue líneas de un chat o de un log con Pegar líneas…, por ejemplo &quot;[14:02] alice: el checkout está fallando&quot;.</translation>
    </message>
    <message>
        <source>Explain the &amp;gap before this entry:</source>
        <translation>Explicar el &amp;intervalo antes de esta entrada:</translation>
    </message>
    <message>
        <source>Gap explanation</source>
        <translation>Explicación del intervalo</translation>
    </message>
    <message>
        <source>The alarm needs 15 one-minute datapoints before it fires.</source>
        <translation>La alarma necesita 15 puntos de datos de un minuto antes de activarse.</translation>
    </message>
    <message>
        <source>&amp;Add Entry</source>
        <translation>&amp;Agregar entrada</translation>
    </message>
    <message>
        <source>Add an entry after the last one</source>
        <translation>Agregar una entrada después de la última</translation>
    </message>
    <message>
        <source>&amp;Paste Lines…</source>
        <translation>&amp;Pegar líneas…</translation>
    </message>
    <message>
        <source>Turn lines from a chat or log into entries</source>
        <translation>Convertir líneas de un chat o de un log en entradas</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected entries</source>
        <translation>Eliminar las entradas seleccionadas</translation>
    </message>
    <message>
        <source>Delete Entries</source>
        <translation>Eliminar entradas</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Tiempo hasta la detección</translation>
    </message>
    <message>
        <source>to diagnose</source>
        <translation>hasta el diagnóstico</translation>
    </message>
    <message>
        <source>to mitigate</source>
        <translation>hasta la mitigación</translation>
    </message>
    <message>
        <source>to resolve</source>
        <translation>hasta la resolución</translation>
    </message>
    <message>
        <source>Worked out from the milestones of the timeline.</source>
        <translation>Calculado a partir de los hitos de la cronología.</translation>
    </message>
    <message>
        <source>Select an entry that follows a gap.</source>
        <translation>Seleccione una entrada que siga a un intervalo.</translation>
    </message>
</context>
<context>
    <name>hindsight::WhyTreeModel</name>
    <message>
        <source>Why?</source>
        <translation>¿Por qué?</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>Porque</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Causa raíz</translation>
    </message>
    <message>
        <source>Human error</source>
        <translation>Error humano</translation>
    </message>
</context>
<context>
    <name>hindsight::WhysPage</name>
    <message>
        <source>Problem statement</source>
        <translation>Planteamiento del problema</translation>
    </message>
    <message>
        <source>Checkout requests in the EU region failed with HTTP 503 for 69 minutes.</source>
        <translation>Las solicitudes de checkout en la región de la UE fallaron con HTTP 503 durante 69 minutos.</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>Pro&amp;blema:</translation>
    </message>
    <message>
        <source>Whys</source>
        <translation>Porqués</translation>
    </message>
    <message>
        <source>Ask &amp;Why</source>
        <translation>Preguntar por &amp;qué</translation>
    </message>
    <message>
        <source>Ask why the selected answer happened</source>
        <translation>Preguntar por qué ocurrió la respuesta seleccionada</translation>
    </message>
    <message>
        <source>Add Another &amp;Cause</source>
        <translation>Agregar otra &amp;causa</translation>
    </message>
    <message>
        <source>Add a cause beside the selected one</source>
        <translation>Agregar una causa junto a la seleccionada</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected why and the whys below it</source>
        <translation>Eliminar el porqué seleccionado y los porqués que dependen de él</translation>
    </message>
    <message>
        <source>Add Action &amp;Item for This</source>
        <translation>Agregar elemento de acc&amp;ión para esto</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Why was the pool only 20 connections?</source>
        <translation>¿Por qué el pool tenía solo 20 conexiones?</translation>
    </message>
    <message>
        <source>W&amp;hy?</source>
        <translation>¿P&amp;or qué?</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>Porque</translation>
    </message>
    <message>
        <source>Change CR-4471 set the pool size to 20; the author meant the staging profile.</source>
        <translation>El cambio CR-4471 fijó el tamaño del pool en 20; el autor quería modificar el perfil de staging.</translation>
    </message>
    <message>
        <source>&amp;Because:</source>
        <translation>&amp;Porque:</translation>
    </message>
    <message>
        <source>&amp;Root cause</source>
        <translation>Causa &amp;raíz</translation>
    </message>
    <message>
        <source>Human &amp;error</source>
        <translation>Error &amp;humano</translation>
    </message>
    <message>
        <source>A person&apos;s mistake is where the digging starts, not where it ends: what made the mistake possible, and what would have caught it?</source>
        <translation>El error de una persona es donde empieza la indagación, no donde termina: ¿qué hizo posible el error y qué lo habría detectado?</translation>
    </message>
    <message>
        <source>Ask Why It Was &amp;Possible</source>
        <translation>Preguntar por qué fue po&amp;sible</translation>
    </message>
    <message>
        <source>Action items:</source>
        <translation>Elementos de acción:</translation>
    </message>
    <message>
        <source>Why was that mistake possible?</source>
        <translation>¿Por qué fue posible ese error?</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>¿Por qué?</translation>
    </message>
    <message>
        <source>Why: %1?</source>
        <translation>¿Por qué: %1?</translation>
    </message>
    <message>
        <source>Why did this problem happen?</source>
        <translation>¿Por qué ocurrió este problema?</translation>
    </message>
    <message>
        <source>Why else?</source>
        <translation>¿Por qué más?</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
</context>
<context>
    <name>hindsight::report::ExportPdfDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>Incluir %1</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Add the review check as an appendix</source>
        <translation>Agregar la revisión como apéndice</translation>
    </message>
    <message>
        <source>Review check appendix</source>
        <translation>Apéndice de la revisión</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Archivo PDF</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the PDF file</source>
        <translation>Elegir el archivo PDF</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export Review Packet</source>
        <translation>Exportar paquete de revisión</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>hindsight::sql</name>
    <message>
        <source> (SQLite error %1)</source>
        <translation> (error de SQLite %1)</translation>
    </message>
    <message>
        <source>the database returned no value</source>
        <translation>la base de datos no devolvió ningún valor</translation>
    </message>
</context>
</TS>
