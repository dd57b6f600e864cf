using System.Collections.Generic;

namespace MmmFixtures.Mmm;

/// <summary>
/// How precisely an oracle could recover one channel from this dataset: the standard errors of an
/// ordinary least-squares fit that knows the true transforms, the true baseline design and the true
/// noise variance (<c>(XᵀX)⁻¹ Xᵀ Σ X (XᵀX)⁻¹</c>, which is <c>σ² (XᵀX)⁻¹</c> for Normal noise).
/// No estimator that uses the data alone should expect to do better. Null where the channel never
/// spent (its β is not estimable).
/// </summary>
public sealed record ChannelOracle
{
    /// <summary>National (pooled) standard error of the channel's declared β: the pooled fit estimates one scale m on the true contribution (true m = 1) and this is SE(m) × declared β.</summary>
    public required double? BetaSe { get; init; }

    /// <summary>National standard error of ROAS: SE(m) × ROAS (ROAS is linear in β).</summary>
    public required double? RoasSe { get; init; }

    /// <summary>National relative standard error SE(m) = RoasSe / ROAS.</summary>
    public required double? RelativeSe { get; init; }

    /// <summary>National variance inflation factor: (XᵀX)⁻¹ of the pooled fit × the contribution's within-geo sum of squares.</summary>
    public required double? Vif { get; init; }

    /// <summary>Whether the national relative SE is below <see cref="OracleUncertainty.IdentifiableRelativeSe"/> (10%).</summary>
    public required bool Identifiable { get; init; }

    /// <summary>Per geo name: SE of the geo's β from the geo's own fit.</summary>
    public required IReadOnlyDictionary<string, double?> BetaSeByGeo { get; init; }

    /// <summary>Per geo name: SE of the geo's ROAS = SE(β_g) × Σ z / Σ spend × revenue per KPI.</summary>
    public required IReadOnlyDictionary<string, double?> RoasSeByGeo { get; init; }

    /// <summary>Per geo name: SE(β_g) / β_g.</summary>
    public required IReadOnlyDictionary<string, double?> RelativeSeByGeo { get; init; }

    /// <summary>Per geo name: variance inflation factor 1 / (1 − R²) of z on the geo's other columns.</summary>
    public required IReadOnlyDictionary<string, double?> VifByGeo { get; init; }

    /// <summary>Per geo name: relative SE below 10%.</summary>
    public required IReadOnlyDictionary<string, bool> IdentifiableByGeo { get; init; }
}
