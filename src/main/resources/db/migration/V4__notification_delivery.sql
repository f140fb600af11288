-- Every notification the product sends, one row per recipient, written in the transaction of the
-- change it reports; the notification-delivery process (business key = notification_key) delivers it.
-- States: PENDING, SENT, FAILED; a channel state is null when that channel was off.
create table notification_log (
  notification_key varchar(200)  primary key,
  kind             varchar(40)   not null,
  recipient        varchar(64)   not null,
  register_number  varchar(40),
  subject          varchar(500)  not null,
  body             text          not null,
  email_text       text          not null,
  email_html       text          not null,
  link             varchar(500),
  created_at       timestamp     not null,
  state            varchar(10)   not null,
  inbox_state      varchar(10),
  email_state      varchar(10),
  email_address    varchar(254),
  email_attempts   integer       default 0 not null,
  failure_reason   varchar(2000),
  delivered_at     timestamp
);

create index notification_log_state_idx on notification_log (state, created_at);

-- The inbox row of a notification is written once per key, however often its job runs.
alter table notification add column notification_key varchar(200);
alter table notification add column kind varchar(40);
alter table notification add constraint notification_key_uq unique (notification_key);
