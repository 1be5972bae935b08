CREATE TABLE `offers` (
	`id` text PRIMARY KEY NOT NULL,
	`region_code` text NOT NULL,
	`name` text NOT NULL,
	`provider` text NOT NULL,
	`type` text NOT NULL,
	`target_group` text,
	`age_min` integer,
	`age_max` integer,
	`education_levels` text DEFAULT '[]' NOT NULL,
	`contact` text,
	`waiting_weeks` integer,
	`notes` text,
	`active` integer DEFAULT true NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `offers_region_idx` ON `offers` (`region_code`,`active`,`name`);