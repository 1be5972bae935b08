ALTER TABLE `cases` ADD `format` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `accepted_at` integer;