using System;
using System.Collections.Generic;
using MmmFixtures.Numerics;

namespace MmmFixtures.Commerce.Report;

/// <summary>
/// What the report keeps of one generated tenant: its truth without the per-day terms, its daily temperatures, the
/// points of its elasticity chart and its identity errors. A few numbers per day, so every tenant of a large spec fits.
/// </summary>
internal sealed class CommerceTenantSummary
{
    private CommerceTenantSummary(TenantDataset tenant)
    {
        Truth = tenant.Truth with { Days = Array.Empty<DemandDay>() };
        int n = tenant.Weather.Count;
        Dates = new DateTime[n];
        TempC = new double[n];
        TempNormalC = new double[n];
        var anomalies = new List<double>(n);
        var residuals = new List<double>(n);
        for (int d = 0; d < n; d++)
        {
            var w = tenant.Weather[d];
            var day = tenant.Truth.Days[d];
            Dates[d] = w.Date;
            TempC[d] = w.TempC;
            TempNormalC[d] = w.TempNormalC;
            if (day.NetRevenue <= 0) continue; // no logarithm: the day is left out, as a fit leaves it out
            anomalies.Add(w.TempAnomaly);
            residuals.Add(DeterministicMath.Log(day.NetRevenue) - (day.LnMu - day.Temperature));
        }
        TempAnomaly = anomalies.ToArray();
        TemperatureResidual = residuals.ToArray();
        OrderLines = tenant.Orders.Count;
        Errors = CommerceIdentityErrors.Of(tenant);
    }

    /// <summary>The tenant's truth (its <see cref="TenantTruth.Days"/> left empty).</summary>
    public TenantTruth Truth { get; }

    /// <summary>The days.</summary>
    public DateTime[] Dates { get; }

    /// <summary>Realised daily mean temperature, °C.</summary>
    public double[] TempC { get; }

    /// <summary>The climatological normal, °C.</summary>
    public double[] TempNormalC { get; }

    /// <summary>Temperature anomaly (°C) of each day with net revenue.</summary>
    public double[] TempAnomaly { get; }

    /// <summary>ln(net revenue) − (ln μ − e_T·zT) of the same days: the temperature effect plus sampling noise.</summary>
    public double[] TemperatureResidual { get; }

    /// <summary>Order lines generated.</summary>
    public long OrderLines { get; }

    /// <summary>The identities measured on the tenant's rows.</summary>
    public CommerceIdentityErrors Errors { get; }

    /// <summary>Summarises a generated tenant (whose rows can then be dropped).</summary>
    public static CommerceTenantSummary Of(TenantDataset tenant) => new(tenant);
}
