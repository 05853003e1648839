-- The parameters of the points scheme: what a point costs, what it pays, how pensions in payment
-- are revalued, how the age at retirement changes the pension, and the products' contribution
-- rates. The administrator edits them; each row says from which year it applies.
--
-- Every row carries "illustrative": true for a value the fund has not published (an interpolation,
-- a carried-forward value or a placeholder), shown as such on the administrator's screen so the
-- fund can replace it. A value the administrator saves is no longer illustrative.
--
-- Sources of the published values: La Vie éco (purchase values 1995 and 2007, liquidation value
-- 11.64 from 2002 to 2010), the CIMR's 2008 parameters (purchase value 17.91, liquidation value
-- 11.64), cimr.ma (Al Kamil's 12 rates, the employer's 30% surcharge that generates no rights),
-- Finances News (coefficient 0.72 at 55), Le Matin and Les Échos (a point costs 6 × the
-- reference salary), the issue (revaluations, ages, Mousabbak).

-- The purchase value of a point, the "salaire de référence" of the year: a year's rights-generating
-- contributions buy points at (price factor × this value). A year without its own row uses the
-- latest earlier row.
create table point_purchase_value (
    applies_from  smallint      primary key check (applies_from between 1950 and 2100),
    value         numeric(8, 2) not null check (value > 0),
    illustrative  boolean       not null default false
);

-- Published: 10.40 (1995), 17.22 (2007), 17.91 (2008).
insert into point_purchase_value (applies_from, value, illustrative) values
    (1995, 10.40, false),
    (2007, 17.22, false),
    (2008, 17.91, false);

-- Illustrative, 1996 to 2006: the geometric interpolation between 1995 and 2007 (the value rose by
-- a steady yearly rate, about 4.3%, rather than by a steady amount).
insert into point_purchase_value (applies_from, value, illustrative)
select y, round(10.40 * power(17.22 / 10.40, (y - 1995) / 12.0), 2), true
from generate_series(1996, 2006) as y;

-- Illustrative, 2009 to 2026: 17.91 carried forward until the fund enters the values it published.
insert into point_purchase_value (applies_from, value, illustrative)
select y, 17.91, true
from generate_series(2009, 2026) as y;

-- The liquidation value of a point: annual pension = points × this value × the age coefficient.
create table point_liquidation_value (
    applies_from  smallint      primary key check (applies_from between 1950 and 2100),
    value         numeric(8, 2) not null check (value > 0),
    illustrative  boolean       not null default false
);

-- Published: 11.64 from 2002 to 2010 (frozen by the 2003 reform). Illustrative: carried forward
-- from 2011 to 2026.
insert into point_liquidation_value (applies_from, value, illustrative)
select y, 11.64, y > 2010
from generate_series(2002, 2026) as y;

-- The revaluation of pensions in payment on 1 July of the year, in percent. One row per year; a
-- year without a row has no known revaluation.
create table pension_revaluation (
    applies_from  smallint      primary key check (applies_from between 1950 and 2100),
    rate          numeric(5, 2) not null check (rate > -100 and rate < 100),
    illustrative  boolean       not null default false
);

-- Published: 1.5% (2019), 0% (2020), 0.7% (2021), 1.5% (2024). Illustrative: 0% for 2022, 2023,
-- 2025 and 2026, which is also what the demo retirees' payments assume (only July 2024 moves them).
insert into pension_revaluation (applies_from, rate, illustrative) values
    (2019, 1.50, false),
    (2020, 0.00, false),
    (2021, 0.70, false),
    (2022, 0.00, true),
    (2023, 0.00, true),
    (2024, 1.50, false),
    (2025, 0.00, true),
    (2026, 0.00, true);

-- The coefficient applied to the pension for the age at retirement: below 1 before 60 (early
-- retirement), 1 at 60, above 1 after 60 (late retirement). Ages above the last row take its
-- coefficient ("+60% at 70 and over").
create table retirement_age_coefficient (
    applies_from  smallint      not null check (applies_from between 1950 and 2100),
    age           smallint      not null check (age between 50 and 75),
    coefficient   numeric(5, 3) not null check (coefficient > 0 and coefficient < 10),
    illustrative  boolean       not null default false,
    primary key (applies_from, age)
);

-- Published anchors: 0.72 at 55, 1.00 at 60 (the normal age), 1.60 at 70. Illustrative: straight
-- lines between them, 0.056 a year from 55 to 60, 0.06 a year from 60 to 70, and 0.04 a year
-- below 55 (down to 0.52 at 50). 1995 is the first year of these tables, not a published date.
insert into retirement_age_coefficient (applies_from, age, coefficient, illustrative)
select 1995, a,
       case when a < 55 then 0.72 - 0.04 * (55 - a)
            when a < 60 then 0.72 + 0.056 * (a - 55)
            else 1.00 + 0.06 * (a - 60) end,
       a not in (55, 60, 70)
from generate_series(50, 70) as a;

-- The contribution rates a product offers, in percent of the salary: the company chooses one
-- step for each category of staff. The employer rate includes the 30% surcharge.
create table contribution_rate_step (
    product        text          not null check (product in ('AL_KAMIL')),
    applies_from   smallint      not null check (applies_from between 1950 and 2100),
    step           smallint      not null check (step between 1 and 30),
    employee_rate  numeric(5, 2) not null check (employee_rate > 0 and employee_rate < 100),
    employer_rate  numeric(5, 2) not null check (employer_rate > 0 and employer_rate < 100),
    illustrative   boolean       not null default false,
    primary key (product, applies_from, step)
);

-- Published (cimr.ma, CIMR Al Kamil): 12 steps from 3% to 10%, employer 1.3 × employee rounded to
-- the hundredth as the fund prints it (4.88 for 3.75). 1995 is the first year of the table.
insert into contribution_rate_step (product, applies_from, step, employee_rate, employer_rate) values
    ('AL_KAMIL', 1995, 1, 3.00, 3.90),
    ('AL_KAMIL', 1995, 2, 3.75, 4.88),
    ('AL_KAMIL', 1995, 3, 4.50, 5.85),
    ('AL_KAMIL', 1995, 4, 5.25, 6.83),
    ('AL_KAMIL', 1995, 5, 6.00, 7.80),
    ('AL_KAMIL', 1995, 6, 7.00, 9.10),
    ('AL_KAMIL', 1995, 7, 7.50, 9.75),
    ('AL_KAMIL', 1995, 8, 8.00, 10.40),
    ('AL_KAMIL', 1995, 9, 8.50, 11.05),
    ('AL_KAMIL', 1995, 10, 9.00, 11.70),
    ('AL_KAMIL', 1995, 11, 9.50, 12.35),
    ('AL_KAMIL', 1995, 12, 10.00, 13.00);

-- Single-valued parameters, by year:
--   EMPLOYER_SURCHARGE   (percent) the employer's share above the employee's, which buys no points
--   MOUSABBAK_SURCHARGE  (percent) the contribution increase that buys retirement at 55 with no reduction
--   POINT_PRICE_FACTOR   a point costs this factor × the purchase value ("total des cotisations /
--                        6 × salaire de référence")
create table pension_scalar_parameter (
    code          text          not null check (code in ('EMPLOYER_SURCHARGE', 'MOUSABBAK_SURCHARGE',
                                                         'POINT_PRICE_FACTOR')),
    applies_from  smallint      not null check (applies_from between 1950 and 2100),
    value         numeric(8, 4) not null check (value > 0),
    illustrative  boolean       not null default false,
    primary key (code, applies_from)
);

-- All three published; 1995 is the first year of the table.
insert into pension_scalar_parameter (code, applies_from, value) values
    ('EMPLOYER_SURCHARGE', 1995, 30),
    ('MOUSABBAK_SURCHARGE', 1995, 38.89),
    ('POINT_PRICE_FACTOR', 1995, 6);
