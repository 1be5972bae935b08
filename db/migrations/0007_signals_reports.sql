CREATE TABLE `signal_addressees` (
	`signal_id` text NOT NULL,
	`addressee` text NOT NULL,
	PRIMARY KEY(`signal_id`, `addressee`),
	FOREIGN KEY (`signal_id`) REFERENCES `signals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `signal_addressees_addressee_idx` ON `signal_addressees` (`addressee`);--> statement-breakpoint
CREATE TABLE `signal_cases` (
	`signal_id` text NOT NULL,
	`case_id` text NOT NULL,
	PRIMARY KEY(`signal_id`, `case_id`),
	FOREIGN KEY (`signal_id`) REFERENCES `signals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `signal_cases_case_idx` ON `signal_cases` (`case_id`);--> statement-breakpoint
CREATE TABLE `signal_responses` (
	`id` text PRIMARY KEY NOT NULL,
	`signal_id` text NOT NULL,
	`addressee` text NOT NULL,
	`author_id` text NOT NULL,
	`at` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`signal_id`) REFERENCES `signals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `signal_responses_signal_idx` ON `signal_responses` (`signal_id`,`at`);--> statement-breakpoint
CREATE TABLE `signal_themes` (
	`signal_id` text NOT NULL,
	`theme` text NOT NULL,
	PRIMARY KEY(`signal_id`, `theme`),
	FOREIGN KEY (`signal_id`) REFERENCES `signals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `signals` (
	`id` text PRIMARY KEY NOT NULL,
	`region_code` text NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`level` text NOT NULL,
	`status` text DEFAULT 'nieuw' NOT NULL,
	`bundle_id` text,
	`consult_id` text,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`forwarded_at` integer,
	`closed_at` integer,
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`bundle_id`) REFERENCES `signals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`consult_id`) REFERENCES `consults`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `signals_region_status_idx` ON `signals` (`region_code`,`status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `signals_bundle_idx` ON `signals` (`bundle_id`);--> statement-breakpoint
CREATE INDEX `signals_consult_idx` ON `signals` (`consult_id`);--> statement-breakpoint
DROP INDEX `consults_case_idx`;--> statement-breakpoint
CREATE INDEX `consults_zitting_idx` ON `consults` (`zitting_id`,`case_id`);--> statement-breakpoint
CREATE INDEX `consults_case_idx` ON `consults` (`case_id`,`recorded_at`,`zitting_id`);--> statement-breakpoint
DROP INDEX `follow_ups_case_idx`;--> statement-breakpoint
CREATE INDEX `follow_ups_case_idx` ON `follow_ups` (`case_id`,`at`,`outcome`);--> statement-breakpoint
ALTER TABLE `cases` ADD `stats_consent` integer GENERATED ALWAYS AS (instr(coalesce(json_extract(consent, '$.purposes'), ''), '"statistiek"') > 0) VIRTUAL;--> statement-breakpoint
CREATE INDEX `cases_report_idx` ON `cases` (`region_code`,`submitted_at`,`stats_consent`,`status`,`urgency`,`education_level`,`age_years`,`organisation_id`,`id`);--> statement-breakpoint
CREATE INDEX `cases_consent_idx` ON `cases` (`id`,`stats_consent`);--> statement-breakpoint
ALTER TABLE `organisations` ADD `administration` text;--> statement-breakpoint
CREATE INDEX `actions_report_idx` ON `actions` (`case_id`,`owner_sector`,`status`);