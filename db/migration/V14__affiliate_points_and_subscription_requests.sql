-- The affiliate's points beyond the contributions of 1995 onwards.
--
-- 1. Careers reach 40 years back, the parameter tables started in 1995, and a year without a
-- point price cannot be converted into points. What pricing a year of contributions needs (the
-- purchase value, the point price factor, the employer's surcharge) is carried back to 1980 with
-- the earliest value, marked illustrative like every value the fund has not published, so the
-- administrator's screen shows them as placeholders to replace with the fund's archives. The
-- purchase value gets one row per year, as the carried-forward years have, so that each year's
-- real value is entered in place. Carrying back the 1995 value rather than extrapolating a trend
-- invents no rise: an early point costs what it cost in 1995, never less. Years before 1980 stay
-- unpriced; the statement says so on their lines instead of inventing points.
insert into point_purchase_value (applies_from, value, illustrative)
select y, v.value, true
from generate_series(1980, 1994) as y
cross join (select value from point_purchase_value where applies_from = 1995) as v;

insert into pension_scalar_parameter (code, applies_from, value, illustrative)
select code, 1980, value, true
from pension_scalar_parameter
where applies_from = 1995 and code in ('EMPLOYER_SURCHARGE', 'POINT_PRICE_FACTOR');

-- 2. Points that do not come from contributions: bought back (credited when the buy-back is paid)
-- or granted free for a period of sickness. Each counts in the year it is credited for, shows on
-- the statement with its nature, and says what it rests on. Points recalled (contributions
-- declared late for a past period) would come from the contributions themselves, which do not
-- say yet which lines are a recall: none are produced.
create table granted_points (
    id            bigint         generated always as identity primary key,
    affiliate_id  bigint         not null references affiliate (id),
    year          smallint       not null check (year between 1950 and 2100),
    nature        text           not null check (nature in ('BUY_BACK', 'FREE_SICKNESS')),
    points        numeric(10, 2) not null check (points > 0),
    -- the buy-back request's reference, the sick-leave file's number
    reference     text           not null check (length(trim(reference)) > 0),
    -- what the affiliate paid for bought points; free points cost nothing
    amount_paid   numeric(12, 2) check (amount_paid > 0),
    -- the staff login who credited them
    granted_by    text           not null,
    granted_at    timestamptz    not null,
    check ((nature = 'BUY_BACK') = (amount_paid is not null))
);
-- the statement reads one affiliate's rows
create index granted_points_affiliate_idx on granted_points (affiliate_id, year);
-- a paid buy-back request is credited once
create unique index granted_points_buy_back_once on granted_points (reference) where nature = 'BUY_BACK';
