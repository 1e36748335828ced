-- Version 7: indexes for the dashboard's questions, so that they stay quick on a large
-- database: overdue follow-ups (by due date), documents whose review deadline is near
-- (by state and deadline), and the activities per working group and status (covering
-- the chart's GROUP BY).
CREATE INDEX decision_due ON decision(due_date, status);
CREATE INDEX document_deadline ON document(state, review_deadline);
CREATE INDEX activity_group_status ON activity(working_group_id, status);
