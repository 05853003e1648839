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
