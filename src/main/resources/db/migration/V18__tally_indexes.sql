-- The year tally asks "which filings reached a state / got a formal-check decision / were registered in the
-- year"; without these each question scanned every event of every year (at 100k documents, ~150k events).
create index ix_filing_event_state_time on filing_event (to_state, occurred_at);
create index ix_formal_check_decision_time on formal_check (decision, checked_at);
create index ix_filing_registered on filing (registered_date);
