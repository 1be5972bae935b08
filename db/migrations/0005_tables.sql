CREATE TABLE `table_members` (
	`table_id` text NOT NULL,
	`user_id` text NOT NULL,
	PRIMARY KEY(`table_id`, `user_id`),
	FOREIGN KEY (`table_id`) REFERENCES `tables`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `table_members_user_idx` ON `table_members` (`user_id`);--> statement-breakpoint
CREATE TABLE `tables` (
	`id` text PRIMARY KEY NOT NULL,
	`region_code` text NOT NULL,
	`name` text NOT NULL,
	`slot_minutes` integer DEFAULT 45 NOT NULL,
	`capacity` integer DEFAULT 4 NOT NULL,
	`location` text NOT NULL,
	`video_link` text,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tables_region_idx` ON `tables` (`region_code`,`active`,`name`);--> statement-breakpoint
CREATE TABLE `zittingen` (
	`id` text PRIMARY KEY NOT NULL,
	`table_id` text NOT NULL,
	`date` text NOT NULL,
	`start_time` text NOT NULL,
	`end_time` text NOT NULL,
	`location` text NOT NULL,
	`status` text DEFAULT 'gepland' NOT NULL,
	`cancel_reason` text,
	`ics_sequence` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`table_id`) REFERENCES `tables`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `zittingen_table_date_idx` ON `zittingen` (`table_id`,`date`);