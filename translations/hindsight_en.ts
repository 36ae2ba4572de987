<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArchiveCopy</name>
    <message numerus="yes">
        <source>Nothing was copied: %1 already holds %n COE(s) (the Trash included).</source>
        <translation>
            <numerusform>Nothing was copied: %1 already holds %n COE (the Trash included).</numerusform>
            <numerusform>Nothing was copied: %1 already holds %n COEs (the Trash included).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copy was cancelled after %n COE(s): %1 holds those copied so far.</source>
        <translation>
            <numerusform>The copy was cancelled after %n COE: %1 holds the one copied so far.</numerusform>
            <numerusform>The copy was cancelled after %n COEs: %1 holds those copied so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The comparison was cancelled after %n COE(s); every COE was copied to %1.</source>
        <translation>
            <numerusform>The comparison was cancelled after %n COE; every COE was copied to %1.</numerusform>
            <numerusform>The comparison was cancelled after %n COEs; every COE was copied to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n COE(s) differ between %1 and %2 after the copy; the first is %3: %4</source>
        <translation>
            <numerusform>%n COE differs between %1 and %2 after the copy; it is %3: %4</numerusform>
            <numerusform>%n COEs differ between %1 and %2 after the copy; the first is %3: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n COE(s) of %1 could not be read and were not copied; the first is %2: %3</source>
        <translation>
            <numerusform>%n COE of %1 could not be read and was not copied; it is %2: %3</numerusform>
            <numerusform>%n COEs of %1 could not be read and were not copied; the first is %2: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n COE(s) from %1 to %2 (%3 in the Trash).</source>
        <translation>
            <numerusform>Copied %n COE from %1 to %2 (%3 in the Trash).</numerusform>
            <numerusform>Copied %n COEs from %1 to %2 (%3 in the Trash).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n COE(s) from %1 to %2.</source>
        <translation>
            <numerusform>Copied %n COE from %1 to %2.</numerusform>
            <numerusform>Copied %n COEs from %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there and identical</source>
        <translation>
            <numerusform>%n already there and identical</numerusform>
            <numerusform>%n already there and identical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added beside the target&apos;s under a new uuid</source>
        <translation>
            <numerusform>%n added beside the target&apos;s under a new uuid</numerusform>
            <numerusform>%n added beside the target&apos;s under a new uuid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) left as they were in the target</source>
        <translation>
            <numerusform>%n conflict left as it was in the target</numerusform>
            <numerusform>%n conflicts left as they were in the target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified %n COE(s): the exported JSON is identical on both sides.</source>
        <translation>
            <numerusform>Verified %n COE: the exported JSON is identical on both sides.</numerusform>
            <numerusform>Verified %n COEs: the exported JSON is identical on both sides.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), </source>
        <translation>
            <numerusform>%n error, </numerusform>
            <numerusform>%n errors, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s), </source>
        <translation>
            <numerusform>%n warning, </numerusform>
            <numerusform>%n warnings, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)
</source>
        <translation>
            <numerusform>%n note
</numerusform>
            <numerusform>%n notes
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gaps longer than %n minute(s)
</source>
        <translation>
            <numerusform>Gaps longer than %n minute
</numerusform>
            <numerusform>Gaps longer than %n minutes
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>around %n min</source>
        <translation>
            <numerusform>around %n min</numerusform>
            <numerusform>around %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoeDiff</name>
    <message numerus="yes">
        <source>%n action(s) done</source>
        <translation>
            <numerusform>%n action done</numerusform>
            <numerusform>%n actions done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) replaced</source>
        <translation>
            <numerusform>%n image replaced</numerusform>
            <numerusform>%n images replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resolved</source>
        <translation>
            <numerusform>%n resolved</numerusform>
            <numerusform>%n resolved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reopened</source>
        <translation>
            <numerusform>%n reopened</numerusform>
            <numerusform>%n reopened</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited</source>
        <translation>
            <numerusform>%n edited</numerusform>
            <numerusform>%n edited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoeDocument</name>
    <message numerus="yes">
        <source>Paste %n Timeline Entries</source>
        <translation>
            <numerusform>Paste %n Timeline Entry</numerusform>
            <numerusform>Paste %n Timeline Entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Timeline Entries</source>
        <translation>
            <numerusform>Delete %n Timeline Entry</numerusform>
            <numerusform>Delete %n Timeline Entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Action Items</source>
        <translation>
            <numerusform>Delete %n Action Item</numerusform>
            <numerusform>Delete %n Action Items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Contributing Factors</source>
        <translation>
            <numerusform>Delete %n Contributing Factor</numerusform>
            <numerusform>Delete %n Contributing Factors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Series</source>
        <translation>
            <numerusform>Add %n Series</numerusform>
            <numerusform>Add %n Series</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoeJson</name>
    <message numerus="yes">
        <source>too long: %n characters, at most %1</source>
        <translation>
            <numerusform>too long: %n character, at most %1</numerusform>
            <numerusform>too long: %n characters, at most %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refers to timeline entry %1 (counting from 0 in time order), but the timeline has %n entries</source>
        <translation>
            <numerusform>refers to timeline entry %1 (counting from 0 in time order), but the timeline has %n entry</numerusform>
            <numerusform>refers to timeline entry %1 (counting from 0 in time order), but the timeline has %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoeMerge</name>
    <message numerus="yes">
        <source>%1 (%2, %n point(s))</source>
        <translation>
            <numerusform>%1 (%2, %n point)</numerusform>
            <numerusform>%1 (%2, %n points)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoeRepository</name>
    <message numerus="yes">
        <source>Cannot load %n COE(s) from %1: %2</source>
        <translation>
            <numerusform>Cannot load %n COE from %1: %2</numerusform>
            <numerusform>Cannot load %n COEs from %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Recovered %n COE(s) into %1</source>
        <translation>
            <numerusform>Recovered %n COE into %1</numerusform>
            <numerusform>Recovered %n COEs into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be read</source>
        <translation>
            <numerusform>; %n could not be read</numerusform>
            <numerusform>; %n could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was not approved: the review check finds %n error(s) (--force approves it anyway, and says so in its history):</source>
        <translation>
            <numerusform>%1 was not approved: the review check finds %n error (--force approves it anyway, and says so in its history):</numerusform>
            <numerusform>%1 was not approved: the review check finds %n errors (--force approves it anyway, and says so in its history):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old version(s) thinned</source>
        <translation>
            <numerusform>%n old version thinned</numerusform>
            <numerusform>%n old versions thinned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The learning report of %n COE(s) written to %1</source>
        <translation>
            <numerusform>The learning report of %n COE written to %1</numerusform>
            <numerusform>The learning report of %n COEs written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n page(s))</source>
        <translation>
            <numerusform>(%n page)</numerusform>
            <numerusform>(%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentMarker</name>
    <message numerus="yes">
        <source>%n unresolved review comments</source>
        <translation>
            <numerusform>%n unresolved review comment</numerusform>
            <numerusform>%n unresolved review comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyArchiveFlow</name>
    <message numerus="yes">
        <source>%1 already holds %n COE(s) (the Trash included). Copy this archive&apos;s COEs into it as well?

When both hold a COE (the same uuid) with different content:</source>
        <translation>
            <numerusform>%1 already holds %n COE (the Trash included). Copy this archive&apos;s COEs into it as well?

When both hold a COE (the same uuid) with different content:</numerusform>
            <numerusform>%1 already holds %n COEs (the Trash included). Copy this archive&apos;s COEs into it as well?

When both hold a COE (the same uuid) with different content:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message numerus="yes">
        <source>Exported %n page(s) to %1.</source>
        <translation>
            <numerusform>Exported %n page to %1.</numerusform>
            <numerusform>Exported %n pages to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message numerus="yes">
        <source>Cancelled: %n file(s) not looked at.</source>
        <translation>
            <numerusform>Cancelled: %n file not looked at.</numerusform>
            <numerusform>Cancelled: %n files not looked at.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsCharts</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %n COE(s)</source>
        <translation>
            <numerusform>%1 · %2: %n COE</numerusform>
            <numerusform>%1 · %2: %n COEs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n unknown</source>
        <translation>
            <numerusform>; %n unknown</numerusform>
            <numerusform>; %n unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n COE(s) in these periods</source>
        <translation>
            <numerusform>%n COE in these periods</numerusform>
            <numerusform>%n COEs in these periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n without an incident date</source>
        <translation>
            <numerusform>; %n without an incident date</numerusform>
            <numerusform>; %n without an incident date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n COE(s), %2 cumulative</source>
        <translation>
            <numerusform>%1: %n COE, %2 cumulative</numerusform>
            <numerusform>%1: %n COEs, %2 cumulative</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n COE(s) without a categorised factor.</source>
        <translation>
            <numerusform>%n COE without a categorised factor.</numerusform>
            <numerusform>%n COEs without a categorised factor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n COE(s)</source>
        <translation>
            <numerusform>%1: %n COE</numerusform>
            <numerusform>%1: %n COEs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 with %2: %n COE(s)</source>
        <translation>
            <numerusform>%1 with %2: %n COE</numerusform>
            <numerusform>%1 with %2: %n COEs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of categories named in the same COE; the diagonal counts each category.</source>
        <translation>
            <numerusform>%n pair of categories named in the same COE; the diagonal counts each category.</numerusform>
            <numerusform>%n pairs of categories named in the same COE; the diagonal counts each category.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %n item(s)</source>
        <translation>
            <numerusform>%1 · %2: %n item</numerusform>
            <numerusform>%1 · %2: %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) still open today</source>
        <translation>
            <numerusform>%1: %n item still open today</numerusform>
            <numerusform>%1: %n items still open today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: about %n item(s) open then</source>
        <translation>
            <numerusform>%1: about %n item open then</numerusform>
            <numerusform>%1: about %n items open then</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearningReport</name>
    <message numerus="yes">
        <source>%n COE(s)</source>
        <translation>
            <numerusform>%n COE</numerusform>
            <numerusform>%n COEs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n without an incident date</source>
        <translation>
            <numerusform>, %n without an incident date</numerusform>
            <numerusform>, %n without an incident date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No two COEs share a service and a factor category within %n day(s).</source>
        <translation>
            <numerusform>No two COEs share a service and a factor category within %n day.</numerusform>
            <numerusform>No two COEs share a service and a factor category within %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>COEs that share a service and a factor category within %n day(s) of each other.</source>
        <translation>
            <numerusform>COEs that share a service and a factor category within %n day of each other.</numerusform>
            <numerusform>COEs that share a service and a factor category within %n days of each other.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n item(s) longest past their due date, of %1 (hindsight actions --overdue lists them all):</source>
        <translation>
            <numerusform>The item longest past its due date, of %1 (hindsight actions --overdue lists them all):</numerusform>
            <numerusform>The %n items longest past their due date, of %1 (hindsight actions --overdue lists them all):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearningReportFlow</name>
    <message numerus="yes">
        <source>Wrote the learning report (%n page(s)) to %1.</source>
        <translation>
            <numerusform>Wrote the learning report (%n page) to %1.</numerusform>
            <numerusform>Wrote the learning report (%n pages) to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoverFlow</name>
    <message numerus="yes">
        <source>Recovered all %n COE(s) into %1. %2 was not changed.</source>
        <translation>
            <numerusform>Recovered the %n COE into %1. %2 was not changed.</numerusform>
            <numerusform>Recovered all %n COEs into %1. %2 was not changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n COE(s) into %1; </source>
        <translation>
            <numerusform>Recovered %n COE into %1; </numerusform>
            <numerusform>Recovered %n COEs into %1; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read: </source>
        <translation>
            <numerusform>%n could not be read: </numerusform>
            <numerusform>%n could not be read: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%n COE(s), exported %1</source>
        <translation>
            <numerusform>%n COE, exported %1</numerusform>
            <numerusform>%n COEs, exported %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message numerus="yes">
        <source>The report of “%1” is too long to lay out (over %n page(s) at this resolution).</source>
        <translation>
            <numerusform>The report of “%1” is too long to lay out (over %n page at this resolution).</numerusform>
            <numerusform>The report of “%1” is too long to lay out (over %n pages at this resolution).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewCheck</name>
    <message numerus="yes">
        <source>The summary has only %n word(s). Say who was affected, when, for how long, how it was mitigated and what will prevent a recurrence, so it stands alone.</source>
        <translation>
            <numerusform>The summary has only %n word. Say who was affected, when, for how long, how it was mitigated and what will prevent a recurrence, so it stands alone.</numerusform>
            <numerusform>The summary has only %n words. Say who was affected, when, for how long, how it was mitigated and what will prevent a recurrence, so it stands alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Around %n minute(s) pass between timeline entries %1 and %2 with nothing recorded. Explain in entry %2 what happened meanwhile, or why nothing was recorded.</source>
        <translation>
            <numerusform>Around %n minute passes between timeline entries %1 and %2 with nothing recorded. Explain in entry %2 what happened meanwhile, or why nothing was recorded.</numerusform>
            <numerusform>Around %n minutes pass between timeline entries %1 and %2 with nothing recorded. Explain in entry %2 what happened meanwhile, or why nothing was recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) pass between timeline entries %1 and %2 with nothing recorded. Explain in entry %2 what happened meanwhile, or why nothing was recorded.</source>
        <translation>
            <numerusform>%n minute passes between timeline entries %1 and %2 with nothing recorded. Explain in entry %2 what happened meanwhile, or why nothing was recorded.</numerusform>
            <numerusform>%n minutes pass between timeline entries %1 and %2 with nothing recorded. Explain in entry %2 what happened meanwhile, or why nothing was recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The longest chain of whys has only %n step(s) and no root cause. Keep asking why of the last answer (five times is a guide, not a limit) until you reach a cause you can act on.</source>
        <translation>
            <numerusform>The longest chain of whys has only %n step and no root cause. Keep asking why of the last answer (five times is a guide, not a limit) until you reach a cause you can act on.</numerusform>
            <numerusform>The longest chain of whys has only %n steps and no root cause. Keep asking why of the last answer (five times is a guide, not a limit) until you reach a cause you can act on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is high priority but due %2 days after the COE was created, beyond the %n-day target. Bring the date forward, split the item, or lower its priority.</source>
        <translation>
            <numerusform>%1 is high priority but due %2 days after the COE was created, beyond the %n-day target. Bring the date forward, split the item, or lower its priority.</numerusform>
            <numerusform>%1 is high priority but due %2 days after the COE was created, beyond the %n-day target. Bring the date forward, split the item, or lower its priority.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n action item(s). Check that every why step and every way to detect, diagnose and mitigate faster has an action.</source>
        <translation>
            <numerusform>Only %n action item. Check that every why step and every way to detect, diagnose and mitigate faster has an action.</numerusform>
            <numerusform>Only %n action items. Check that every why step and every way to detect, diagnose and mitigate faster has an action.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ask at least %n why(s); the COE has %1.</source>
        <translation>
            <numerusform>Ask at least %n why; the COE has %1.</numerusform>
            <numerusform>Ask at least %n whys; the COE has %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add at least %n action item(s); the COE has %1.</source>
        <translation>
            <numerusform>Add at least %n action item; the COE has %1.</numerusform>
            <numerusform>Add at least %n action items; the COE has %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is due after its target of %n business day(s) from the COE&apos;s creation (%2).</source>
        <translation>
            <numerusform>%1 is due after its target of %n business day from the COE&apos;s creation (%2).</numerusform>
            <numerusform>%1 is due after its target of %n business days from the COE&apos;s creation (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is due after its target of %n day(s) from the COE&apos;s creation (%2).</source>
        <translation>
            <numerusform>%1 is due after its target of %n day from the COE&apos;s creation (%2).</numerusform>
            <numerusform>%1 is due after its target of %n days from the COE&apos;s creation (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesSummary</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesText</name>
    <message numerus="yes">
        <source>%n point(s), %1 – %2 (%3)</source>
        <translation>
            <numerusform>%n point, %1 – %2 (%3)</numerusform>
            <numerusform>%n points, %1 – %2 (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusChange</name>
    <message numerus="yes">
        <source>approved by %1 despite %n review-check error(s), confirmed</source>
        <translation>
            <numerusform>approved by %1 despite %n review-check error, confirmed</numerusform>
            <numerusform>approved by %1 despite %n review-check errors, confirmed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SvgSanitizer</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::CoePreviewPane</name>
    <message numerus="yes">
        <source>%n ✗ error(s)</source>
        <translation>
            <numerusform>%n ✗ error</numerusform>
            <numerusform>%n ✗ errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ⚠ warning(s)</source>
        <translation>
            <numerusform>%n ⚠ warning</numerusform>
            <numerusform>%n ⚠ warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::CoeTableModel</name>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::ConflictDialog</name>
    <message numerus="yes">
        <source>%n section(s) differ.</source>
        <translation>
            <numerusform>%n section differs.</numerusform>
            <numerusform>%n sections differ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where only they changed a section, their version is chosen; where only you did, yours. %n section(s) changed by both of you: yours is chosen there, check them.</source>
        <translation>
            <numerusform>Where only they changed a section, their version is chosen; where only you did, yours. %n section was changed by both of you: yours is chosen there, check it.</numerusform>
            <numerusform>Where only they changed a section, their version is chosen; where only you did, yours. %n sections changed by both of you: yours is chosen there, check them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::EditorWindow</name>
    <message numerus="yes">
        <source>Review: %n warnings</source>
        <translation>
            <numerusform>Review: %n warning</numerusform>
            <numerusform>Review: %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved comments</source>
        <translation>
            <numerusform>%n unresolved comment</numerusform>
            <numerusform>%n unresolved comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n similar past COE(s)</source>
        <translation>
            <numerusform>%n similar past COE</numerusform>
            <numerusform>%n similar past COEs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::InsightsWindow</name>
    <message numerus="yes">
        <source>%n COE(s) match</source>
        <translation>
            <numerusform>%n COE matches</numerusform>
            <numerusform>%n COEs match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n without an incident date)</source>
        <translation>
            <numerusform> (%n without an incident date)</numerusform>
            <numerusform> (%n without an incident date)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No two COEs share a service and a factor category within %n day(s).</source>
        <translation>
            <numerusform>No two COEs share a service and a factor category within %n day.</numerusform>
            <numerusform>No two COEs share a service and a factor category within %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of COEs share a service and a factor category within the window. Open either COE from its cell.</source>
        <translation>
            <numerusform>%n pair of COEs shares a service and a factor category within the window. Open either COE from its cell.</numerusform>
            <numerusform>%n pairs of COEs share a service and a factor category within the window. Open either COE from its cell.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (see the table view)</source>
        <translation>
            <numerusform>and %n more (see the table view)</numerusform>
            <numerusform>and %n more (see the table view)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::MainWindow</name>
    <message numerus="yes">
        <source>%Ln action item(s)</source>
        <translation>
            <numerusform>%Ln action item</numerusform>
            <numerusform>%Ln action items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln COE(s) in the Trash</source>
        <translation>
            <numerusform>%Ln COE in the Trash</numerusform>
            <numerusform>%Ln COEs in the Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n COE(s) to the Trash.</source>
        <translation>
            <numerusform>Moved %n COE to the Trash.</numerusform>
            <numerusform>Moved %n COEs to the Trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n COE(s) could not be restored from the Trash:</source>
        <translation>
            <numerusform>%n COE could not be restored from the Trash:</numerusform>
            <numerusform>%n COEs could not be restored from the Trash:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln COE(s)</source>
        <translation>
            <numerusform>%1 of %Ln COE</numerusform>
            <numerusform>%1 of %Ln COEs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::NewFromTemplateDialog</name>
    <message numerus="yes">
        <source>%1: %n question(s)</source>
        <translation>
            <numerusform>%1: %n question</numerusform>
            <numerusform>%1: %n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::PasteLinesDialog</name>
    <message numerus="yes">
        <source>%n entries to add; </source>
        <translation>
            <numerusform>%n entry to add; </numerusform>
            <numerusform>%n entries to add; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines not understood (left out).</source>
        <translation>
            <numerusform>%n line not understood (left out).</numerusform>
            <numerusform>%n lines not understood (left out).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries to add.</source>
        <translation>
            <numerusform>%n entry to add.</numerusform>
            <numerusform>%n entries to add.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Entries</source>
        <translation>
            <numerusform>Add %n Entry</numerusform>
            <numerusform>Add %n Entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::QuestionsPage</name>
    <message numerus="yes">
        <source>%1 — %n unanswered</source>
        <translation>
            <numerusform>%1 — %n unanswered</numerusform>
            <numerusform>%1 — %n unanswered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::SeriesMappingDialog</name>
    <message numerus="yes">
        <source>%n series (%1) with %2 points in all.</source>
        <translation>
            <numerusform>%n series (%1) with %2 points in all.</numerusform>
            <numerusform>%n series (%1) with %2 points in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refused:</source>
        <translation>
            <numerusform>%n line refused:</numerusform>
            <numerusform>%n lines refused:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::SeriesPanel</name>
    <message numerus="yes">
        <source>%n line(s) of %1 refused:</source>
        <translation>
            <numerusform>%n line of %1 refused:</numerusform>
            <numerusform>%n lines of %1 refused:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::SummaryPage</name>
    <message numerus="yes">
        <source>The review check still finds %n errors in this COE:</source>
        <translation>
            <numerusform>The review check still finds %n error in this COE:</numerusform>
            <numerusform>The review check still finds %n errors in this COE:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::TaxonomyDialog</name>
    <message numerus="yes">
        <source>Rename “%1” to “%2” in %n contributing factors of the archive?</source>
        <translation>
            <numerusform>Rename “%1” to “%2” in the contributing factor of the archive that uses it?</numerusform>
            <numerusform>Rename “%1” to “%2” in %n contributing factors of the archive?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge “%1” into “%2”? %n contributing factors move to “%2” and “%1” is removed.</source>
        <translation>
            <numerusform>Merge “%1” into “%2”? %n contributing factor moves to “%2” and “%1” is removed.</numerusform>
            <numerusform>Merge “%1” into “%2”? %n contributing factors move to “%2” and “%1” is removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::TimelineModel</name>
    <message numerus="yes">
        <source>around %n min gap</source>
        <translation>
            <numerusform>around %n min gap</numerusform>
            <numerusform>around %n min gap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min gap</source>
        <translation>
            <numerusform>%n min gap</numerusform>
            <numerusform>%n min gap</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::TrashView</name>
    <message numerus="yes">
        <source>Delete the %n COE(s) in the Trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n COE in the Trash for good? This cannot be undone.</numerusform>
            <numerusform>Delete the %n COEs in the Trash for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hindsight::report::ExportDialog</name>
    <message numerus="yes">
        <source>%n replacement(s); check one to keep what was written.</source>
        <translation>
            <numerusform>%n replacement; check it to keep what was written.</numerusform>
            <numerusform>%n replacements; check one to keep what was written.</numerusform>
        </translation>
    </message>
</context>
</TS>
