CREATE TABLE `catalogs` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`format` text NOT NULL,
	`path` text NOT NULL,
	`users` integer NOT NULL,
	`items` integer NOT NULL,
	`attributes` integer NOT NULL,
	`interactions` integer NOT NULL,
	`imported_at` text NOT NULL,
	`first_served_at` integer NOT NULL,
	`last_served_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `feedback` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` text NOT NULL,
	`item_id` integer NOT NULL,
	`item_key` text NOT NULL,
	`liked` integer NOT NULL,
	`seq` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `feedback_session` ON `feedback` (`session_id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`catalog_id` text NOT NULL,
	`user_key` text,
	`policy` text NOT NULL,
	`language` text NOT NULL,
	`seed` integer NOT NULL,
	`status` text NOT NULL,
	`last_seq` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`catalog_id`) REFERENCES `catalogs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_updated_at` ON `sessions` (`updated_at`);--> statement-breakpoint
CREATE TABLE `turns` (
	`session_id` text NOT NULL,
	`seq` integer NOT NULL,
	`client_act` text,
	`understood` text,
	`system_act` text NOT NULL,
	`latency_ms` real NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`session_id`, `seq`),
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE no action
);
