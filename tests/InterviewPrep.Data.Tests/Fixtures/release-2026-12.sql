-- What a candidate has in a database of the 2026-12 release: one account, two stories with
-- revisions, quiz attempts, drill ratings and rehearsal runs. Plain SQL against the release's
-- tables, so the fixture does not depend on the entity classes of later releases.
-- Applied by make-release-db.sh; MigrationUpgradeTests checks every value below.
-- The password is "Release-2026-12!" (Identity v3 hash: PBKDF2-HMAC-SHA512, 100,000 rounds).

INSERT INTO AspNetUsers (Id, UserName, NormalizedUserName, Email, NormalizedEmail, EmailConfirmed, PasswordHash, SecurityStamp, ConcurrencyStamp, PhoneNumber, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnd, LockoutEnabled, AccessFailedCount)
VALUES ('7d3c1f0e-2b4a-4c8e-9f61-0a5b6c7d8e9f', 'dana@example.com', 'DANA@EXAMPLE.COM', 'dana@example.com', 'DANA@EXAMPLE.COM', 0,
        'AQAAAAIAAYagAAAAEAECAwQFBgcICQoLDA0ODxCA+3b3B1qQw756m4a/l2fSr00OEONQJdKENvyk5rENTA==',
        'Q2W3E4R5T6Y7U8I9O0P1A2S3D4F5G6H7', 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e', NULL, 0, 0, NULL, 1, 0);

INSERT INTO Stories (Id, UserId, ClientKey, Title, Level, Company, Principles, Situation, Task, Action, Result, Reflection, SelfCheck, Score, Verdict, Version, CreatedAtUtc, UpdatedAtUtc)
VALUES (1, '7d3c1f0e-2b4a-4c8e-9f61-0a5b6c7d8e9f', 'ck-3f9a1c', 'Cut checkout latency by 40%', 'sde2', 'amazon', 'customer-obsession,dive-deep',
        'Our checkout p99 was 2.1 s during the holiday peak.', 'I owned bringing it under 1.2 s before Black Friday.',
        'I profiled the payment call, found a serial fraud check and made it parallel; I wrote the load test myself.',
        'p99 fell to 1.25 s and abandoned carts dropped 8% (≈ $1.3M a week).', 'Next time I would add the load test to CI first — “measure before you fix”.',
        'metric,scope', 82, 'strong', 3, '2026-11-28 09:15:00', '2026-11-30 18:42:10.5');
INSERT INTO Stories (Id, UserId, ClientKey, Title, Level, Company, Principles, Situation, Task, Action, Result, Reflection, SelfCheck, Score, Verdict, Version, CreatedAtUtc, UpdatedAtUtc)
VALUES (2, '7d3c1f0e-2b4a-4c8e-9f61-0a5b6c7d8e9f', 'ck-77b20e', 'Disagreed with my manager', 'sde1', '', 'have-backbone',
        'We were about to ship without a rollback plan.', '', 'We talked it through.', '', '', '', NULL, NULL, 1, '2026-11-30 20:00:00', '2026-11-30 20:00:00');

INSERT INTO StoryRevisions (Id, StoryId, Version, Title, Level, Company, Principles, Situation, Task, Action, Result, Reflection, Score, Verdict, Kind, SavedAtUtc)
VALUES (1, 1, 1, 'Checkout latency', 'sde2', 'amazon', 'customer-obsession', 'Our checkout was slow.', '', '', '', '', 41, 'weak', 'auto', '2026-11-28 09:16:00');
INSERT INTO StoryRevisions (Id, StoryId, Version, Title, Level, Company, Principles, Situation, Task, Action, Result, Reflection, Score, Verdict, Kind, SavedAtUtc)
VALUES (2, 1, 2, 'Cut checkout latency', 'sde2', 'amazon', 'customer-obsession,dive-deep', 'Our checkout p99 was 2.1 s during the holiday peak.',
        'I owned bringing it under 1.2 s.', 'We profiled the payment call.', 'p99 fell.', '', 58, 'mixed', 'manual', '2026-11-29 12:00:00');
INSERT INTO StoryRevisions (Id, StoryId, Version, Title, Level, Company, Principles, Situation, Task, Action, Result, Reflection, Score, Verdict, Kind, SavedAtUtc)
VALUES (3, 2, 1, 'Disagreed with my manager', 'sde1', '', 'have-backbone', 'We were about to ship without a rollback plan.', '', 'We talked it through.', '', '', NULL, NULL, 'conflict', '2026-11-30 20:00:05');

INSERT INTO QuizAttempts (Id, UserId, AttemptKey, WalkthroughSlug, Mode, Correct, Total, AnswersJson, ContentVersion, StartedAtUtc, CompletedAtUtc, DurationSeconds)
VALUES (1, '7d3c1f0e-2b4a-4c8e-9f61-0a5b6c7d8e9f', 'qa-01', 'customer-obsession-returns', 'full', 4, 6,
        '{"q1":{"chosen":"Ask the customer","right":true},"q2":{"chosen":"Escalate","right":false}}', 'sha256:9e1f04', '2026-11-29 08:00:00', '2026-11-29 08:04:30', 270);
INSERT INTO QuizAttempts (Id, UserId, AttemptKey, WalkthroughSlug, Mode, Correct, Total, AnswersJson, ContentVersion, StartedAtUtc, CompletedAtUtc, DurationSeconds)
VALUES (2, '7d3c1f0e-2b4a-4c8e-9f61-0a5b6c7d8e9f', 'qa-02', 'customer-obsession-returns', 'retry', 2, 2,
        '{"q2":{"chosen":"Own it","right":true}}', 'sha256:9e1f04', '2026-11-29 08:05:00', '2026-11-29 08:06:00', 60);

INSERT INTO DrillRatings (Id, UserId, RunKey, WalkthroughSlug, FollowUpKey, Rating, RatedAtUtc)
VALUES (1, '7d3c1f0e-2b4a-4c8e-9f61-0a5b6c7d8e9f', 'dr-01', 'dive-deep-outage', 'fu-a1', 'nailed', '2026-11-30 10:00:00');
INSERT INTO DrillRatings (Id, UserId, RunKey, WalkthroughSlug, FollowUpKey, Rating, RatedAtUtc)
VALUES (2, '7d3c1f0e-2b4a-4c8e-9f61-0a5b6c7d8e9f', 'dr-01', 'dive-deep-outage', 'fu-b2', 'partly', '2026-11-30 10:02:00');
INSERT INTO DrillRatings (Id, UserId, RunKey, WalkthroughSlug, FollowUpKey, Rating, RatedAtUtc)
VALUES (3, '7d3c1f0e-2b4a-4c8e-9f61-0a5b6c7d8e9f', 'dr-02', 'dive-deep-outage', 'fu-b2', 'missed', '2026-12-01 07:30:00');

INSERT INTO RehearsalRuns (Id, UserId, RunKey, Subject, SectionsJson, TargetSeconds, UsedSeconds, CompletedAtUtc)
VALUES (1, '7d3c1f0e-2b4a-4c8e-9f61-0a5b6c7d8e9f', 'rr-01', 'walkthrough:dive-deep-outage',
        '[{"id":"situation","target":20,"used":25},{"id":"action","target":60,"used":71}]', 80, 96, '2026-11-30 11:00:00');
INSERT INTO RehearsalRuns (Id, UserId, RunKey, Subject, SectionsJson, TargetSeconds, UsedSeconds, CompletedAtUtc)
VALUES (2, '7d3c1f0e-2b4a-4c8e-9f61-0a5b6c7d8e9f', 'rr-02', 'story:1',
        '[{"id":"situation","target":20,"used":18}]', 20, 18, '2026-12-01 09:45:00');
