using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using MmmFixtures.Clickstream;
using MmmFixtures.Commerce;
using MmmFixtures.Mmm;
using MmmFixtures.Rules;
using MmmFixtures.Validation;

namespace MmmFixtures.Generators.Tests;

/// <summary>
/// Build time and run time agree on every ranged attribute property: for each <see cref="FieldRule"/> with an
/// attribute, a fixture sets the property just inside and just outside both ends of its range; the generator
/// reports MMMF005 for every outside value, and the build reports an error (MMMF005, or a cross rule such as the
/// panel's calendar or <c>MaxPrice &gt; MinPrice</c>) exactly when the runtime validator rejects the generated
/// <c>CreateSpec()</c>; every other setting of the fixture is valid, so the verdict is about that value. New rules are covered without editing this test.
/// </summary>
public class RuleAgreementTests
{
    /// <summary>
    /// The few rules whose other end is another field get a companion value that leaves the whole range to the
    /// field under test. Kinds need no context: both sides check every field whatever the kind.
    /// </summary>
    private static readonly Dictionary<string, (string Dataset, string Entity)> Context = new()
    {
        ["Channel.StartPeriod"] = ("Periods = 100000, Frequency = Frequency.Daily, StartDate = \"1900-01-01\"", "Pattern = SpendPattern.DelayedStart"),
        ["Channel.AdstockTheta"] = ("", "Adstock = AdstockKind.Delayed, MaxLag = 520"),
        ["Channel.MinActivePeriods"] = ("", "MaxActivePeriods = 100000"),
        ["Channel.MaxActivePeriods"] = ("", "MinActivePeriods = 1"),
        ["Control.MinActivePeriods"] = ("", "MaxActivePeriods = 100000"),
        ["Control.MaxActivePeriods"] = ("", "MinActivePeriods = 1"),
        ["Event.MinActivePeriods"] = ("", "MaxActivePeriods = 100000"),
        ["Event.MaxActivePeriods"] = ("", "MinActivePeriods = 1"),
        ["MmmDataset.RevenuePerKpi"] = ("KpiType = KpiType.Conversions", ""),
    };

    /// <summary>What a case's entity needs to be valid apart from the property under test.</summary>
    private static string EntityBase(string attribute, string property) => attribute switch
    {
        "Event" when property is "ActivationProbability" or "MinActivePeriods" or "MaxActivePeriods" => "",
        "Event" => "Dates = new[] { \"2022-01-10\" }",
        "Persona" when property != "Share" => "Share = 1",
        _ => "",
    };

    private sealed record Case(FieldRule Rule, string Attribute, string Property, string Literal, bool Inside)
    {
        public override string ToString() => $"{Attribute}.{Property} = {Literal} ({(Inside ? "inside" : "outside")} {Rule.Range})";
    }

    [Fact]
    public async Task Every_attribute_rule_rejects_at_build_time_exactly_what_the_runtime_rejects()
    {
        var cases = RuleTable.All.Where(r => r.Attribute is not null).SelectMany(Cases).ToList();
        var compilation = GeneratorHarness.Compilation(cases.Select(Source).ToArray());
        var (_, output, generatorDiagnostics) = GeneratorHarness.Run(compilation);
        Assert.Empty(generatorDiagnostics);
        var analyzer = await GeneratorHarness.AnalyzerDiagnostics(compilation);
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        var assembly = Assembly.Load(image.ToArray());

        var disagreements = new Dictionary<string, string>();
        for (int i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            var found = analyzer.Where(d => d.Location.SourceTree?.FilePath == $"Fixture{i}.cs").ToList();
            bool buildRejects = found.Any(d => d.Severity == DiagnosticSeverity.Error);
            var runtime = RuntimeErrors(assembly.GetType($"Agreement.Case{i}")!);
            bool runtimeRejects = runtime.Count > 0;
            // Outside its own range a value is always MMMF005 (inside, a cross-field bound may still refuse it).
            Assert.True(c.Inside || found.Any(d => d.Id == "MMMF005"), $"{c}: build [{string.Join(", ", found.Select(d => d.GetMessage(CultureInfo.InvariantCulture)))}]");
            if (buildRejects != runtimeRejects)
                disagreements.Add(c.ToString(), $"build [{string.Join(", ", found.Select(d => d.GetMessage(CultureInfo.InvariantCulture)))}], runtime [{string.Join("; ", runtime)}]");
        }
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {cases.Count} cases disagree:\n"
            + string.Join("\n", disagreements.Select(d => $"{d.Key}: {d.Value}")));
        // Every rule with an attribute gives two to four cases (an end may be unreachable by the property's type).
        Assert.InRange(cases.Count, 2 * RuleTable.All.Count(r => r.Attribute is not null), 4 * RuleTable.All.Count(r => r.Attribute is not null));
    }

    /// <summary>The runtime's verdict on the generated spec: the validator's errors, or those of a spec factory that refuses the value outright.</summary>
    private static IReadOnlyList<SpecError> RuntimeErrors(Type fixture)
    {
        object spec;
        try
        {
            spec = fixture.GetMethod("CreateSpec")!.Invoke(null, null)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is SpecValidationException refused)
        {
            return refused.Errors;
        }
        return spec switch
        {
            MmmSpec mmm => MmmSpecValidator.Validate(mmm),
            CommerceSpec commerce => CommerceSpecValidator.Validate(commerce),
            _ => ClickstreamSpecValidator.Validate((ClickstreamSpec)spec),
        };
    }

    /// <summary>Just inside and just outside each finite end of the rule's range, as the property's type can hold them.</summary>
    private static IEnumerable<Case> Cases(FieldRule rule)
    {
        string[] parts = rule.Attribute!.Split('.');
        var type = typeof(MmmDatasetAttribute).Assembly.GetType($"MmmFixtures.{parts[0]}Attribute")!.GetProperty(parts[1])!.PropertyType;
        var range = rule.Range;
        var values = new List<(double Value, bool Inside)>();
        if (type == typeof(int))
        {
            values.Add(range.MinInclusive ? (range.Min, true) : (range.Min + 1, true));
            values.Add(range.MinInclusive ? (range.Min - 1, false) : (range.Min, false));
            values.Add(range.MaxInclusive ? (range.Max, true) : (range.Max - 1, true));
            values.Add(range.MaxInclusive ? (range.Max + 1, false) : (range.Max, false));
            foreach (var (value, inside) in values.Where(v => v.Value >= int.MinValue && v.Value <= int.MaxValue))
                yield return new Case(rule, parts[0], parts[1], ((int)value).ToString(CultureInfo.InvariantCulture), inside);
            yield break;
        }
        Assert.Equal(typeof(double), type);
        values.Add(range.MinInclusive ? (range.Min, true) : (Math.BitIncrement(range.Min), true));
        values.Add(range.MinInclusive ? (Math.BitDecrement(range.Min), false) : (range.Min, false));
        values.Add(range.MaxInclusive ? (range.Max, true) : (Math.BitDecrement(range.Max), true));
        values.Add(range.MaxInclusive ? (Math.BitIncrement(range.Max), false) : (range.Max, false));
        foreach (var (value, inside) in values.Where(v => double.IsFinite(v.Value)))
            yield return new Case(rule, parts[0], parts[1], value.ToString("R", CultureInfo.InvariantCulture), inside);
    }

    private static string Source(Case c, int index)
    {
        Context.TryGetValue($"{c.Attribute}.{c.Property}", out var context);
        // Later settings replace earlier ones of the same property (the case's own setting wins).
        static string Arguments(params string?[] parts)
        {
            var merged = new Dictionary<string, string>();
            foreach (string assignment in parts.Where(p => !string.IsNullOrEmpty(p)).SelectMany(p => p!.Split(", ")))
                merged[assignment[..assignment.IndexOf(" = ", StringComparison.Ordinal)]] = assignment;
            return string.Join(", ", merged.Values);
        }
        string setting = $"{c.Property} = {c.Literal}";
        var (dataset, datasetBase) = c.Attribute switch
        {
            "ClickstreamDataset" or "Persona" or "Category" => ("ClickstreamDataset", "Users = 10, Days = 7"),
            "CommerceDataset" or "Tenant" => ("CommerceDataset", "Days = 7"),
            _ => ("MmmDataset", "Periods = 10"),
        };
        string datasetArguments = Arguments(datasetBase, context.Dataset, c.Attribute == dataset ? setting : null);
        string entity = c.Attribute == dataset ? "" :
            $"[{c.Attribute}(\"{(c.Attribute == "Category" ? "things" : "Thing")}\", {Arguments(EntityBase(c.Attribute, c.Property), context.Entity, setting)})]";
        if (c.Attribute == "Category") entity = "[Persona(\"Only\", Share = 1)]\n" + entity;
        return $$"""
            using MmmFixtures;
            using MmmFixtures.Media;
            using MmmFixtures.Mmm;
            namespace Agreement;
            [{{dataset}}({{datasetArguments}})]
            {{entity}}
            public partial class Case{{index}};
            """;
    }
}
