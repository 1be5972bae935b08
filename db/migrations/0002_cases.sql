CREATE TABLE `case_events` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`at` integer NOT NULL,
	`actor_id` text,
	`from_status` text NOT NULL,
	`to_status` text NOT NULL,
	`note` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_events_case_idx` ON `case_events` (`case_id`,`at`);--> statement-breakpoint
CREATE TABLE `case_interventions` (
	`case_id` text NOT NULL,
	`position` integer NOT NULL,
	`type` text NOT NULL,
	`provider` text,
	`period` text,
	`effect` text,
	PRIMARY KEY(`case_id`, `position`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `case_involvements` (
	`case_id` text NOT NULL,
	`other_case_id` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`case_id`, `other_case_id`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`other_case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `case_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`at` integer NOT NULL,
	`author_id` text NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_messages_case_idx` ON `case_messages` (`case_id`,`at`);--> statement-breakpoint
CREATE TABLE `case_themes` (
	`case_id` text NOT NULL,
	`theme` text NOT NULL,
	PRIMARY KEY(`case_id`, `theme`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `cases` (
	`id` text PRIMARY KEY NOT NULL,
	`reference` text,
	`ref_year` integer,
	`ref_seq` integer,
	`region_code` text NOT NULL,
	`organisation_id` text NOT NULL,
	`referrer_id` text NOT NULL,
	`status` text DEFAULT 'concept' NOT NULL,
	`urgency` text,
	`urgency_motivation` text,
	`age_years` integer,
	`gender` text,
	`education_level` text,
	`study_type` text,
	`living_situation` text,
	`proposed_format` text,
	`deadlock` text,
	`question` text,
	`partners` text,
	`eligibility` text DEFAULT '[]' NOT NULL,
	`consent` text DEFAULT '{}' NOT NULL,
	`pseudonym` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`submitted_at` integer,
	`closed_at` integer,
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`referrer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_reference_unique` ON `cases` (`region_code`,`ref_year`,`ref_seq`);--> statement-breakpoint
CREATE INDEX `cases_org_idx` ON `cases` (`organisation_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `cases_region_status_idx` ON `cases` (`region_code`,`status`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `cases_pseudonym_idx` ON `cases` (`pseudonym`);--> statement-breakpoint
CREATE TABLE `identities` (
	`case_id` text PRIMARY KEY NOT NULL,
	`key_id` text NOT NULL,
	`iv` text NOT NULL,
	`ciphertext` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `organisations` DROP COLUMN `active`;