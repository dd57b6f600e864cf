using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using MmmFixtures.Decisions;
using MmmFixtures.Export;
using MmmFixtures.Families;
using MmmFixtures.Mmm;
using MmmFixtures.Mmm.Decisions;

namespace MmmFixtures.Cli;

/// <summary>
/// <c>mmmfixtures optimize --truth DIR [--budget B] [--bounds CHANNEL=MIN:MAX|lock …] [--objective contribution|profit]
/// [--per-geo] [--json]</c>: the optimal allocation of a budget on the true response curves of an MMM export (the panel
/// is regenerated from the folder's manifest), with its certificate.
/// </summary>
internal static class OptimizeCommand
{
    public static Command Create(IReadOnlyList<IDatasetFamily> families, CliConsole console, HelpText help)
    {
        var truth = CliOptions.Path("--truth", "DIR", "The MMM export folder (its manifest.json gives the spec; the panel is regenerated from it).");
        var budget = new Option<string?>("--budget") { HelpName = "B", Description = "The total budget over the panel's periods (default: the realised total spend)." };
        var bounds = new Option<string[]>("--bounds")
        {
            HelpName = "CHANNEL=MIN:MAX|lock",
            Description = "Bounds on a channel's spend multiplier (MIN or MAX may be empty; lock keeps its realised spend); repeatable. Per geo they bound each geo's multiplier.",
            AllowMultipleArgumentsPerToken = false,
        };
        var objective = CliOptions.Choice("--objective", "OBJECTIVE", "contribution (spend the whole budget) or profit (revenue − spend, the budget a cap).",
            AllocationObjective.Contribution, AllocationObjective.Profit);
        var perGeo = CliOptions.Flag("--per-geo", "One multiplier per channel and geo instead of one per channel.");
        var json = CliOptions.Flag("--json", "Print the allocation and its certificate as JSON.");
        var command = new Command("optimize", "The optimal budget allocation on an MMM export's true response curves, with its certificate.")
        {
            truth, budget, bounds, objective, perGeo, json,
        };
        help.AddExamples(command,
            $"{HelpText.ToolName} optimize --truth ./out",
            $"{HelpText.ToolName} optimize --truth ./out/medium --budget 9000000 --bounds Tv=0.5:2 --bounds Radio=lock --json");
        command.SetAction(parse =>
        {
            string folder = parse.GetValue(truth) ?? throw new UserError("--truth is required: the export folder to optimise.");
            var dataset = ExportedDataset.Open(folder, families);
            if (dataset.Spec is not MmmSpec spec)
                throw new UserError($"optimize works on MMM exports; '{folder}' holds a '{dataset.Family.Name}' dataset.");
            var panel = MmmGenerator.Generate(spec);
            var options = Options(panel, parse.GetValue(budget), parse.GetValue(bounds) ?? Array.Empty<string>(),
                parse.GetValue(objective) ?? AllocationObjective.Contribution, parse.GetValue(perGeo));
            var result = BudgetOptimizer.Optimize(panel, options);
            if (parse.GetValue(json)) WriteJson(console.Out, panel, options, result);
            else WriteTable(console.Out, panel, options, result);
            return ExitCodes.Success;
        });
        return command;
    }

    // Every bad option in one message: budget, bounds (syntax, unknown or repeated channel, a channel that never spends,
    // min > max), and their feasibility.
    private static BudgetOptions Options(MmmPanel panel, string? budgetText, string[] boundsText, AllocationObjective objective, bool perGeo)
    {
        var errors = new List<string>();
        double? budget = null;
        if (budgetText is not null)
        {
            if (double.TryParse(budgetText, NumberStyles.Float, CultureInfo.InvariantCulture, out double b) && b >= 0 && !double.IsInfinity(b)) budget = b;
            else errors.Add($"--budget must be a number ≥ 0, got '{budgetText}'");
        }
        var channels = panel.Truth.Channels;
        var names = channels.Select(c => c.Name).ToArray();
        var bounds = new Dictionary<string, MultiplierBounds>(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (string text in boundsText)
        {
            int eq = text.IndexOf('=');
            if (eq <= 0)
            {
                errors.Add($"--bounds '{text}' must read CHANNEL=MIN:MAX or CHANNEL=lock");
                continue;
            }
            string given = text.Substring(0, eq), range = text.Substring(eq + 1);
            if (NameArgument.Match(given, names, "channel", "channels", out string? unknown) is not string name)
            {
                errors.Add($"--bounds {given}: {unknown}");
                continue;
            }
            // The last of two bounds winning silently would hide a typo in a long command line.
            if (!named.Add(name))
            {
                errors.Add($"--bounds {name} is given more than once: give each channel's bounds once");
                continue;
            }
            // Its multiplier scales a realised spend of 0: the optimum never spends on it, whatever the bounds say.
            if (panel.Truth.Channel(name).TotalSpend == 0)
            {
                errors.Add($"--bounds {name}: the channel never spends (realised spend 0), so a multiplier cannot move it; drop this bound");
                continue;
            }
            var parsed = Bounds(range);
            if (parsed is null) errors.Add($"--bounds {name}: '{range}' must be MIN:MAX (numbers ≥ 0, either may be empty) or lock");
            else if (parsed.Min > parsed.Max) errors.Add($"--bounds {name}: min {Number(parsed.Min)} is above max {Number(parsed.Max)}");
            else bounds[name] = parsed;
        }
        double Least(ChannelTruth c) => bounds.TryGetValue(c.Name, out var b) ? b.Min * c.TotalSpend : 0;
        double Most(ChannelTruth c) => c.TotalSpend == 0 ? 0 : bounds.TryGetValue(c.Name, out var b) ? b.Max * c.TotalSpend : double.PositiveInfinity;
        double target = budget ?? channels.Sum(c => c.TotalSpend);
        double least = channels.Sum(Least), most = channels.Sum(Most);
        if (errors.Count == 0 && least > target)
            errors.Add($"--budget {Number(target)} is below the spend the bounds' minimums require ({Number(least)})");
        if (errors.Count == 0 && objective == AllocationObjective.Contribution && most < target)
            errors.Add($"--budget {Number(target)} is above the most the channels can spend within the bounds ({Number(most)}); use --objective profit to leave it unspent");
        if (errors.Count > 0) throw new UserError(string.Join(Environment.NewLine + "error: ", errors));
        return new BudgetOptions { Budget = budget, Bounds = bounds, Objective = objective, PerGeo = perGeo };
    }

    private static MultiplierBounds? Bounds(string text)
    {
        if (text == "lock") return new MultiplierBounds(1, 1);
        int colon = text.IndexOf(':');
        if (colon < 0) return null;
        double? min = Bound(text.Substring(0, colon), 0), max = Bound(text.Substring(colon + 1), double.PositiveInfinity);
        return min is null || max is null ? null : new MultiplierBounds(min.Value, max.Value);
    }

    private static double? Bound(string text, double empty) =>
        text.Length == 0 ? empty
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v >= 0 && !double.IsInfinity(v) ? v : null;

    // Non-finite numbers (a marginal return where nothing is spent) print as a dash, never as NaN.
    private static string Number(double value) => double.IsFinite(value) ? value.ToString("G10", CultureInfo.InvariantCulture) : "—";

    private static string Number(double? value) => value is double v ? Number(v) : "—";

    private static string Percent(double? share) => share is double s ? (s > 0 ? "+" : "") + (100 * s).ToString("0.00", CultureInfo.InvariantCulture) + "%" : "—";

    // The one read of a cell's marginal return (null when it is not a number, e.g. at zero spend).
    private static double? Marginal(ChannelAllocation cell) => cell.MarginalReturn;

    private static void WriteTable(TextWriter output, MmmPanel panel, BudgetOptions options, OptimalAllocation result)
    {
        var truth = panel.Truth.Channels;
        string[] headers = { "channel", "multiplier", "spend", "contribution", "marginal return", "realised spend" };
        var rows = result.Channels.Select((c, i) => new[]
        {
            c.Channel, Number(c.Multiplier), Number(c.Spend), Number(c.Contribution), Number(Marginal(c)), Number(truth[i].TotalSpend),
        }).ToArray();
        Listing.WriteTable(output, headers, rows);
        if (result.ByGeo is not null)
        {
            output.WriteLine();
            Listing.WriteTable(output, new[] { "channel", "geo", "multiplier", "spend", "contribution", "marginal return", "realised spend" },
                result.ByGeo.Select(g => new[]
                {
                    g.Allocation.Channel, g.Geo, Number(g.Allocation.Multiplier), Number(g.Allocation.Spend), Number(g.Allocation.Contribution),
                    Number(Marginal(g.Allocation)), Number(RealisedSpend(panel, g.Allocation.Channel, g.Geo)),
                }).ToArray());
        }
        output.WriteLine();
        var realised = AllocationOutcome.Realised(panel);
        var optimal = AllocationOutcome.Of(panel, result);
        bool profit = options.Objective == AllocationObjective.Profit;
        output.WriteLine(profit
            ? $"objective profit (revenue − spend), budget {Number(result.Budget)} as a cap: the optimum spends {Number(optimal.Spend)}"
            : $"objective contribution, budget {Number(result.Budget)} spent in full");
        string[] Row(string name, AllocationOutcome o) => new[] { name, Number(o.Spend), Number(o.Contribution), Number(o.Revenue), Number(o.Profit) };
        Listing.WriteTable(output, new[] { "allocation", "spend", "contribution", "revenue", "profit" },
            new[] { Row("realised", realised), Row("optimal", optimal) });
        string measure = profit ? "profit" : "contribution";
        output.WriteLine(optimal.UpliftOver(realised, options.Objective) is double uplift
            ? $"uplift of the optimum over the realised allocation: {Percent(uplift)} {measure}"
            : $"uplift of the optimum over the realised allocation: — (the realised {measure} is not positive)");
        output.WriteLine($"certificate: no allocation within the bounds exceeds {Number(result.UpperBound)} ({(profit ? "profit" : "revenue")}); gap {result.CertificateGap?.ToString("G3", CultureInfo.InvariantCulture) ?? "—"} (target {SeparableAllocator.TargetGap.ToString("G3", CultureInfo.InvariantCulture)})");
    }

    private static void WriteJson(TextWriter output, MmmPanel panel, BudgetOptions options, OptimalAllocation result)
    {
        var realised = AllocationOutcome.Realised(panel);
        var optimal = AllocationOutcome.Of(panel, result);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonFormat.WriterOptions))
        {
            w.WriteStartObject();
            OptimalAllocationJson.WriteProperties(w, result, options, (channel, geo) => RealisedSpend(panel, channel, geo));
            w.WriteNumber("spent", optimal.Spend);
            w.WriteNumber("revenue", optimal.Revenue);
            w.WriteNumber("profit", optimal.Profit);
            w.WriteStartObject("realised");
            w.WriteNumber("spend", realised.Spend);
            w.WriteNumber("contribution", realised.Contribution);
            w.WriteNumber("revenue", realised.Revenue);
            w.WriteNumber("profit", realised.Profit);
            w.WriteEndObject();
            if (optimal.UpliftOver(realised, options.Objective) is double uplift) w.WriteNumber("uplift", uplift);
            else w.WriteNull("uplift");
            w.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static double RealisedSpend(MmmPanel panel, string channel, string? geo)
    {
        var truth = panel.Truth.Channel(channel);
        if (geo is null) return truth.TotalSpend;
        for (int g = 0; g < panel.GeoCount; g++)
            if (panel.GeoNames[g] == geo) return truth.SpendByGeo[g];
        throw new ArgumentException($"Unknown geo '{geo}'.", nameof(geo));
    }
}
