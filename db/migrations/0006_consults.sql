CREATE TABLE `actions` (
	`id` text PRIMARY KEY NOT NULL,
	`consult_id` text NOT NULL,
	`case_id` text NOT NULL,
	`position` integer NOT NULL,
	`description` text NOT NULL,
	`owner_sector` text NOT NULL,
	`owner_organisation_id` text,
	`owner_description` text,
	`due_date` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`status_note` text,
	`reminder_sent_at` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`consult_id`) REFERENCES `consults`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `actions_case_idx` ON `actions` (`case_id`,`position`);--> statement-breakpoint
CREATE INDEX `actions_due_idx` ON `actions` (`status`,`due_date`);--> statement-breakpoint
CREATE TABLE `agenda_items` (
	`zitting_id` text NOT NULL,
	`case_id` text NOT NULL,
	`position` integer NOT NULL,
	`young_person_coming` integer,
	`parents_coming` integer,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`zitting_id`, `case_id`),
	FOREIGN KEY (`zitting_id`) REFERENCES `zittingen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `agenda_items_case_idx` ON `agenda_items` (`case_id`);--> statement-breakpoint
CREATE TABLE `case_guests` (
	`zitting_id` text NOT NULL,
	`case_id` text NOT NULL,
	`user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`zitting_id`, `case_id`, `user_id`),
	FOREIGN KEY (`zitting_id`) REFERENCES `zittingen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_guests_user_idx` ON `case_guests` (`user_id`);--> statement-breakpoint
CREATE TABLE `consult_attendance` (
	`consult_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`status` text NOT NULL,
	PRIMARY KEY(`consult_id`, `organisation_id`),
	FOREIGN KEY (`consult_id`) REFERENCES `consults`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `consult_offers` (
	`consult_id` text NOT NULL,
	`offer_id` text NOT NULL,
	PRIMARY KEY(`consult_id`, `offer_id`),
	FOREIGN KEY (`consult_id`) REFERENCES `consults`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`offer_id`) REFERENCES `offers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `consults` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`zitting_id` text NOT NULL,
	`format` text NOT NULL,
	`recorded_by` text NOT NULL,
	`recorded_at` integer NOT NULL,
	`young_person_attended` integer,
	`parents_attended` integer,
	`analysis` text NOT NULL,
	`advice` text NOT NULL,
	`follow_up_date` text NOT NULL,
	`signal_raised` integer DEFAULT false NOT NULL,
	`signal_text` text,
	`released_at` integer,
	`follow_up_reminder_sent_at` integer,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`zitting_id`) REFERENCES `zittingen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consults_case_idx` ON `consults` (`case_id`,`recorded_at`);--> statement-breakpoint
CREATE INDEX `consults_follow_up_idx` ON `consults` (`follow_up_date`);--> statement-breakpoint
CREATE TABLE `follow_ups` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`consult_id` text NOT NULL,
	`author_id` text NOT NULL,
	`at` integer NOT NULL,
	`outcome` text NOT NULL,
	`note` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`consult_id`) REFERENCES `consults`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `follow_ups_case_idx` ON `follow_ups` (`case_id`,`at`);--> statement-breakpoint
CREATE TABLE `prep_remarks` (
	`id` text PRIMARY KEY NOT NULL,
	`zitting_id` text NOT NULL,
	`case_id` text NOT NULL,
	`author_id` text NOT NULL,
	`at` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`zitting_id`) REFERENCES `zittingen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `prep_remarks_case_idx` ON `prep_remarks` (`zitting_id`,`case_id`,`at`);--> statement-breakpoint
ALTER TABLE `cases` ADD `closure_reason` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `attachments` text;--> statement-breakpoint
ALTER TABLE `zittingen` ADD `agenda_sent_at` integer;