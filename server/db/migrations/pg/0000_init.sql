CREATE TABLE "catalogs" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"format" text NOT NULL,
	"path" text NOT NULL,
	"users" integer NOT NULL,
	"items" integer NOT NULL,
	"attributes" integer NOT NULL,
	"interactions" integer NOT NULL,
	"imported_at" text NOT NULL,
	"first_served_at" bigint NOT NULL,
	"last_served_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "feedback_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"session_id" text NOT NULL,
	"item_id" integer NOT NULL,
	"item_key" text NOT NULL,
	"liked" boolean NOT NULL,
	"seq" integer NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"catalog_id" text NOT NULL,
	"user_key" text,
	"policy" text NOT NULL,
	"language" text NOT NULL,
	"seed" integer NOT NULL,
	"status" text NOT NULL,
	"last_seq" integer NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "turns" (
	"session_id" text NOT NULL,
	"seq" integer NOT NULL,
	"client_act" text,
	"understood" text,
	"system_act" text NOT NULL,
	"latency_ms" double precision NOT NULL,
	"created_at" bigint NOT NULL,
	CONSTRAINT "turns_session_id_seq_pk" PRIMARY KEY("session_id","seq")
);
--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_catalog_id_catalogs_id_fk" FOREIGN KEY ("catalog_id") REFERENCES "public"."catalogs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "turns" ADD CONSTRAINT "turns_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_session" ON "feedback" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "sessions_updated_at" ON "sessions" USING btree ("updated_at");