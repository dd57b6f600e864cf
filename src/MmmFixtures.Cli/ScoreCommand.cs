using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using MmmFixtures.Decisions;
using MmmFixtures.Families;
using MmmFixtures.Mmm;
using MmmFixtures.Mmm.Decisions;
using MmmFixtures.Mmm.Scoring;
using MmmFixtures.Validation;

namespace MmmFixtures.Cli;

/// <summary>
/// <c>mmmfixtures score --truth &lt;export dir&gt; --estimates &lt;file.json|file.csv&gt; [--contributions &lt;file.csv&gt;] [--objective contribution|profit] [--json]</c>:
/// regenerates the panel of an MMM export from its manifest and scores the estimates against its truth.
/// </summary>
internal static class ScoreCommand
{
    public static Command Create(CliConsole console, HelpText help)
    {
        var truth = CliOptions.Path("--truth", "dir", "An MMM export folder (written by 'mmmfixtures mmm … --out'): its manifest regenerates the truth exactly.");
        var estimates = CliOptions.Path("--estimates", "file", "The estimates: .json (channels with roas, roasLower/roasUpper, spend, parameters, contribution; components) or .csv (one row per channel: channel,roas,roas_lower,roas_upper,spend,beta,…).");
        var rows = CliOptions.Path("--contributions", "file.csv", "Per-row contributions and components, one row per date and geo, shaped like truth_components.csv: date,geo,<channel>…,<component>… (intercept, trend, seasonality, baseline, a control or an event).");
        var objective = CliOptions.Choice("--objective", "contribution|profit",
            "What the allocation's regret is measured on (default contribution: revenue for the allocation's total budget; profit: revenue − spend, budget as a cap).",
            AllocationObjective.Contribution, AllocationObjective.Profit);
        var json = CliOptions.Flag("--json", "Print the scorecard as JSON.");
        var command = new Command("score", "Score a model's estimates (ROAS, contributions, parameters, intervals, an allocation) against an MMM export's truth.")
        {
            truth, estimates, rows, objective, json,
        };
        help.AddExamples(command,
            $"{HelpText.ToolName} score --truth ./mmm-basic --estimates estimates.csv",
            $"{HelpText.ToolName} score --truth ./mmm-basic --estimates estimates.csv --contributions decomposition.csv",
            $"{HelpText.ToolName} score --truth ./mmm-basic --estimates estimates.json --json");
        command.SetAction(parse =>
        {
            var card = Check(parse.GetValue(truth), parse.GetValue(estimates), parse.GetValue(rows),
                new BudgetOptions { Objective = parse.GetValue(objective) ?? AllocationObjective.Contribution });
            if (parse.GetValue(json)) console.Out.Write(MmmScorecardJson.Write(card));
            else WriteText(console, card);
            return ExitCodes.Success;
        });
        return command;
    }

    // Every problem of the command line, the export folder, the estimates and the contributions table in one message: each
    // input is read on its own, and the estimates are checked against the panel when both read.
    private static MmmScorecard Check(string? folder, string? file, string? rowsFile, BudgetOptions options)
    {
        var problems = new List<string>();
        if (folder is null) problems.Add("Give --truth <dir>: an MMM export folder.");
        if (file is null) problems.Add("Give --estimates <file>: a .json or .csv file of estimates.");
        var panel = folder is null ? null : Attempt(() => Regenerate(folder), problems);
        var estimates = file is null ? null : Attempt(() => MmmEstimatesFile.Read(file), problems);
        MmmEstimates? table = null;
        if (rowsFile is not null)
        {
            if (estimates is not null && estimates.Contributions.Count + estimates.Components.Count > 0)
                problems.Add("The estimates file already holds per-row contributions or components; give them there or in --contributions, not both.");
            if (!System.IO.File.Exists(rowsFile)) problems.Add($"Contributions file not found: '{rowsFile}'.");
            else if (panel is not null) table = Attempt(() => MmmEstimatesCsv.ReadRows(System.IO.File.ReadAllText(rowsFile), panel), problems);
        }
        MmmScorecard? card = null;
        if (panel is not null && estimates is not null)
        {
            // Checked against the panel even when --contributions failed, so the estimates' own problems show now too.
            var all = table is null ? estimates : estimates with { Contributions = table.Contributions, Components = table.Components };
            card = Attempt(() => MmmScore.Score(panel, all, options), problems);
        }
        if (problems.Count > 0) throw new UserError(string.Join(Environment.NewLine + "error: ", problems));
        return card!;
    }

    // The value, or null with the user's mistake recorded (a bug still surfaces as one).
    private static T? Attempt<T>(Func<T> read, List<string> problems) where T : class
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is UserError or SpecValidationException or System.IO.IOException or UnauthorizedAccessException)
        {
            problems.Add(ex.Message);
            return null;
        }
    }

    private static MmmPanel Regenerate(string folder)
    {
        var dataset = ExportedDataset.Open(folder);
        if (dataset.Spec is not MmmSpec spec)
            throw new UserError($"'{folder}' holds a {dataset.Family.Name} export; score works on MMM exports.");
        return MmmGenerator.Generate(spec);
    }

    private static void WriteText(CliConsole console, MmmScorecard card)
    {
        var output = console.Out;
        var columns = new List<(string Header, Func<ChannelScore, string> Value)>
        {
            ("channel", c => c.Channel),
            ("identifiable", c => c.Identifiable ? "yes" : "no"),
            ("true ROAS", c => Number(c.TrueRoas)),
            ("oracle SE", c => Number(c.OracleRoasSe)),
        };
        if (card.Channels.Any(c => c.EstimatedRoas is not null))
            columns.AddRange(new (string, Func<ChannelScore, string>)[]
            {
                ("estimate", c => Number(c.EstimatedRoas)), ("error", c => Number(c.RoasError, signed: true)),
                ("rel. error", c => Percent(c.RoasRelativeError)), ("in SEs", c => Number(c.RoasErrorInOracleSe)),
            });
        if (card.Channels.Any(c => c.EstimatedShare is not null))
            columns.AddRange(new (string, Func<ChannelScore, string>)[] { ("true share", c => Percent(c.TrueShare)), ("est. share", c => Percent(c.EstimatedShare)) });
        if (card.Channels.Any(c => c.Contribution is not null))
            columns.AddRange(new (string, Func<ChannelScore, string>)[] { ("contrib. MAPE", c => Percent(c.Contribution?.Mape)), ("contrib. R²", c => Number(c.Contribution?.RSquared)) });
        if (card.Channels.Any(c => c.Interval is not null))
            columns.AddRange(new (string, Func<ChannelScore, string>)[]
            {
                ("interval", c => c.Interval is { } i ? $"[{Number(i.Lower)}, {Number(i.Upper)}]" : "-"),
                ("covers", c => c.Interval?.Covers is bool b ? (b ? "yes" : "no") : "-"),
            });
        if (card.Channels.Any(c => c.Parameters.Count > 0))
            columns.Add(("parameter rel. errors", c => c.Parameters.Count == 0 ? "-" : string.Join(" ", c.Parameters.Select(p => $"{p.Name} {Percent(p.RelativeError)}"))));
        Listing.WriteTable(output, columns.Select(c => c.Header).ToArray(), card.Channels.Select(c => columns.Select(x => x.Value(c)).ToArray()).ToArray());

        output.WriteLine();
        var summaries = new (string Name, Func<ScoreSummary, MetricSummary> Metric, bool Percent)[]
        {
            ("ROAS |error|", s => s.RoasAbsoluteError, false), ("ROAS rel. error", s => s.RoasRelativeError, true),
            ("ROAS error in SEs", s => s.RoasErrorInOracleSe, false), ("contribution MAPE", s => s.ContributionMape, true),
            ("share |error|", s => s.ShareAbsoluteError, true), ("parameter rel. error", s => s.ParameterRelativeError, true),
        };
        string Cell(MetricSummary m, bool percent) => m.Count == 0 ? "-"
            : percent ? $"{Percent(m.Mean)} / {Percent(m.Median)} / {Percent(m.Max)}" : $"{Number(m.Mean)} / {Number(m.Median)} / {Number(m.Max)}";
        var rows = summaries.Where(s => s.Metric(card.All).Count > 0)
            .Select(s => new[] { s.Name, Cell(s.Metric(card.All), s.Percent), Cell(s.Metric(card.Identifiable), s.Percent) }).ToList();
        if (card.All.IntervalCoverage is not null)
            rows.Add(new[] { "interval coverage" + (card.IntervalLevel is double level ? $" (nominal {Percent(level)})" : ""),
                Percent(card.All.IntervalCoverage), Percent(card.Identifiable.IntervalCoverage) });
        if (rows.Count > 0)
            Listing.WriteTable(output, new[] { "summary (mean / median / max)", $"all {card.All.Channels} channels", $"{card.Identifiable.Channels} identifiable" }, rows);

        if (card.Components.Count > 0)
        {
            output.WriteLine();
            Listing.WriteTable(output, new[] { "component", "MAPE", "bias", "SRMSE", "R²", "share-of-y error" },
                card.Components.Select(c => new[] { c.Component, Percent(c.Accuracy.Mape), Number(c.Accuracy.Bias, signed: true), Number(c.Accuracy.Srmse),
                    Number(c.Accuracy.RSquared), Percent(c.ShareOfYError) }).ToArray());
        }
        if (card.Allocation is { } a)
        {
            output.WriteLine();
            output.WriteLine($"Allocation regret: {Percent(a.Regret)} of the optimum ({a.Objective.ToString().ToLowerInvariant()} {Number(a.EstimatedObjective)} against {Number(a.OptimalObjective)} for budget {Number(a.Budget)}; certificate gap {a.CertificateGap?.ToString("G2", CultureInfo.InvariantCulture) ?? "—"})");
            Listing.WriteTable(output, new[] { "channel", "spend", "optimal spend", "true revenue" },
                a.Spend.Select(s => new[] { s.Channel, Number(s.Spend), Number(s.OptimalSpend), Number(s.TrueRevenue) }).ToArray());
        }
    }

    private static string Number(double? value, bool signed = false) => value is double v
        ? (signed && v > 0 ? "+" : "") + v.ToString(Math.Abs(v) >= 1_000 ? "0" : "G4", CultureInfo.InvariantCulture)
        : "-";

    private static string Percent(double? value) => value is double v ? (v * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%" : "-";
}
