-- The statistics roll-up's "what changed since" question, asked every few minutes.
create index if not exists ix_applications_updated on onestop.applications(updated_at);
create index if not exists ix_ratings_rated on onestop.ratings(rated_at);
