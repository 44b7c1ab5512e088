-- A period filter (events overlapping [from, to]) bounds its index scan by the first day an event
-- ending on or after `from` can start: `from` minus the longest span an event may have. The check
-- constraint allows 366 days, so scans read a year of events before the period for nothing, most
-- events lasting a day (a year of Syria by month read 101k index entries for 42k). The longest span
-- any event has is kept here instead, raised by the statements that store a longer one, in their
-- own transaction, so a reader sees it together with the event; it never shrinks, which is safe.
CREATE TABLE event_longest_span (
    one  boolean PRIMARY KEY DEFAULT true CHECK (one),
    days integer NOT NULL CHECK (days BETWEEN 0 AND 366)
);
INSERT INTO event_longest_span (one, days) SELECT true, coalesce(max(date_to - date_from), 0) FROM event;

CREATE FUNCTION cm_raise_longest_span() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE event_longest_span SET days = stored.longest
    FROM (SELECT max(date_to - date_from) AS longest FROM stored_events) AS stored
    WHERE stored.longest > event_longest_span.days;
    RETURN NULL;
END
$$;

-- Once per statement (a bulk import's thousand rows raise it once), from the rows the statement stored.
CREATE TRIGGER event_longest_span_insert AFTER INSERT ON event
    REFERENCING NEW TABLE AS stored_events FOR EACH STATEMENT EXECUTE FUNCTION cm_raise_longest_span();
CREATE TRIGGER event_longest_span_update AFTER UPDATE ON event
    REFERENCING NEW TABLE AS stored_events FOR EACH STATEMENT EXECUTE FUNCTION cm_raise_longest_span();
