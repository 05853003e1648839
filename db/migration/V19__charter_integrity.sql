-- The charter's figures nobody can bend (DD023).

-- A request is measured against the deadline of its commitment as it was when the clock started.
-- A delay notice, an escalation or a reopening moves due_date (what the requester and the queues
-- work to) but never this one; only a pause (the clock stopped while the fund waited for the
-- requester) moves it, before the first answer. Existing requests take the first due date their
-- timeline recorded (the acknowledgement's), or their current one when it recorded none.
alter table service_request add column committed_due_date date;
update service_request sr
set committed_due_date = coalesce(
        (select e.due_date from request_event e
         where e.request_id = sr.id and e.due_date is not null
         order by e.occurred_at, e.id limit 1),
        sr.due_date);
alter table service_request alter column committed_due_date set not null;

-- A complaint scheme's acknowledgement delay (10 days for the 10/40-day scheme) is a deadline of
-- its own: kept with the request and measured. The portal acknowledges at reception; the check
-- keeps any other way of writing a request from acknowledging it late (new rows only: the old
-- ones are what they were).
alter table service_request
    add column acknowledgement_due_date date,
    add column acknowledged_at timestamptz;
update service_request sr
set acknowledgement_due_date = (sr.received_at at time zone 'Africa/Casablanca')::date
        + coalesce((select cs.acknowledgement_days from request_type t
                    join complaint_scheme cs on cs.code = t.complaint_scheme
                    where t.code = sr.type_code), 0),
    acknowledged_at = coalesce((select min(e.occurred_at) from request_event e
                                where e.request_id = sr.id and e.kind = 'ACKNOWLEDGED'), sr.received_at);
alter table service_request
    alter column acknowledgement_due_date set not null,
    alter column acknowledged_at set not null,
    add constraint service_request_acknowledged_in_time
        check ((acknowledged_at at time zone 'Africa/Casablanca')::date <= acknowledgement_due_date) not valid;

-- Request types the portal files itself, from the feature that did the thing (an opened space, a
-- subscription, an anomaly report, a simulated buy-back, a delegate's letter): nobody files them
-- by hand, not a requester, not a visitor, not an agent.
alter table request_type add column filed_by_system boolean not null default false;
update request_type set filed_by_system = true
where code in ('AFFILIATE_SUBSCRIPTION', 'COMPANY_SUBSCRIPTION', 'AFFILIATE_ANOMALY', 'AFFILIATE_BUYBACK',
               'COMPANY_ACCOUNT_UPDATE');

-- The charter's 4 business days for retirees' complaints exclude those about pensions paid into
-- accounts outside Morocco: such a type keeps its commitment's number (where it is filed) but is
-- measured by its complaint scheme only, never in the commitment's figure.
alter table request_type add column counted_in_commitment boolean not null default true;
update request_type set counted_in_commitment = false where code = 'RETIREE_COMPLAINT_ABROAD';
alter table request_type add constraint request_type_uncounted_has_scheme
    check (counted_in_commitment or complaint_scheme is not null);

-- The mediator is the fund's to name, in configuration (portal.mediation.*): the placeholder
-- address these columns held was shown to complainants.
alter table complaint_scheme drop column mediator_name, drop column mediator_contact;
