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
        <source>export-pdf is not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-md is not available in this build</source>
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
    <name>hindsight</name>
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
    <name>hindsight::ArchiveSearch</name>
    <message>
        <source>Cannot search %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::CoeListModel</name>
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
        <source>(untitled)</source>
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
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::CoeRepository</name>
    <message>
        <source>unknown %1 &quot;%2&quot; in the archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::EmptyState</name>
    <message>
        <source>No COEs in this archive yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Correction of Error (COE) turns an incident into lessons and corrective actions: what happened, its impact, how it was found and fixed, why it happened, and what we will change so it cannot happen again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New COE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::MainWindow</name>
    <message>
        <source>COEs in this archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New COE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new COE in this archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open COE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected COE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import COE documents (.coe.json) into this archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected COE as a .coe.json file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty archive file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open A&amp;rchive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another archive file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Hindsight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Hindsight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written, so it was opened read-only: you can read and export COEs but not change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n COE(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import COE documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COE documents (*.coe.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive is read-only: nothing can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export COE as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COE documents (*.coe.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindsight archives (*.sqlite *.hindsight);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for a new archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled COE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the preferences and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the default preferences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::Schema</name>
    <message>
        <source>could not start upgrading the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive has an invalid schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not upgrade the archive from schema %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::Settings</name>
    <message>
        <source>The settings file %1 was damaged and could not be read. Default settings are used; the damaged file was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 was damaged and could not be read. Default settings are used, and changes cannot be saved until the file is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 could not be read. Default settings are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::SettingsEditor</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ana Pérez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in as the owner of each new COE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave delay in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait after the last change before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto&amp;save after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline gap threshold in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline gaps longer than this are pointed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag timeline &amp;gaps longer than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item due time in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default time to complete an action item; later ones are overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items are &amp;due within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display and printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are stored in UTC and shown in this zone. Type to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Europe/Madrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (from the system locale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used after Hindsight restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default archive file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the default archive file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default a&amp;rchive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently opened archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent archives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list of recent archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget Window Sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the remembered window sizes and positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindsight archives (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known time zone. Choose one from the list, such as Europe/Madrid or UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default archive must be a full path, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some preferences could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hindsight::cli</name>
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
</context>
<context>
    <name>hindsight::cli::Commands</name>
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
</context>
<context>
    <name>hindsight::exchange</name>
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
    <name>hindsight::sql</name>
    <message>
        <source> (SQLite error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database returned no value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
