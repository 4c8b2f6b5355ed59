-- A due date is a calendar day: each stored moment becomes the day it fell on in Tehran, where the work is done.
ALTER TABLE "bulk_orders" ALTER COLUMN "due_date" SET DATA TYPE date USING ("due_date" AT TIME ZONE 'Asia/Tehran')::date;
