using System;

namespace MmmFixtures.Commerce;

/// <summary>
/// Every term of one tenant-day's log demand (a row of <c>truth_daily.csv</c>). The identity
/// <c>LnMu = LnBase + Seasonality + Weekday + Temperature + Precipitation + Meta + Google + Email + Noise</c> holds exactly
/// (the terms are summed in that order), <c>Mu = exp(LnMu)</c>, and
/// <c>NetRevenue − Mu = PoissonNoise + BasketNoise</c>.
/// </summary>
/// <param name="Date">The local date.</param>
/// <param name="LnBase">ln BaseRevenue.</param>
/// <param name="Seasonality">The category's seasonal curve at this day.</param>
/// <param name="Weekday">ln(1 + WeekendLift) on weekends, 0 otherwise.</param>
/// <param name="Temperature">e_T · zT.</param>
/// <param name="Precipitation">e_P · zP.</param>
/// <param name="Meta">β_meta · f_meta(spend).</param>
/// <param name="Google">β_google · f_google(spend).</param>
/// <param name="Email">β_email · email[d].</param>
/// <param name="Noise">ε.</param>
/// <param name="LnMu">The sum of the terms.</param>
/// <param name="Mu">Expected net revenue, exp(LnMu).</param>
/// <param name="MuNormalWeather">μ with zT = zP = 0 (same ε and media).</param>
/// <param name="MuWithoutMeta">μ without the Meta term.</param>
/// <param name="MuWithoutGoogle">μ without the Google term.</param>
/// <param name="MuWithoutEmail">μ without the e-mail term.</param>
/// <param name="ExpectedOrders">μ / AOV, the Poisson mean of the order count.</param>
/// <param name="Orders">Orders drawn.</param>
/// <param name="NetRevenue">Realised net revenue (Σ order lines' net).</param>
/// <param name="PoissonNoise">(Orders − ExpectedOrders) · AOV.</param>
/// <param name="BasketNoise">NetRevenue − Orders · AOV.</param>
public sealed record DemandDay(DateTime Date, double LnBase, double Seasonality, double Weekday, double Temperature, double Precipitation,
    double Meta, double Google, double Email, double Noise, double LnMu, double Mu, double MuNormalWeather, double MuWithoutMeta,
    double MuWithoutGoogle, double MuWithoutEmail, double ExpectedOrders, long Orders, double NetRevenue, double PoissonNoise, double BasketNoise);
