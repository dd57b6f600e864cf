using System.Text.RegularExpressions;
using MmmFixtures.Export;

namespace MmmFixtures.Tests.Export;

/// <summary>The names of an export's leftovers, matched by hand, are exactly the names the patterns they were written as match.</summary>
public sealed class ExportTargetNamesTests
{
    private static readonly Regex PerFileTemporary = new(@"^\..+\.[0-9a-f]{32}\.tmp\z");

    [Theory]
    [InlineData("out")]
    [InlineData("my export.v2")]
    [InlineData("a")]
    public void Leftover_names_match_as_the_patterns(string name)
    {
        var target = ExportTarget.Resolve(Path.Combine(Path.GetTempPath(), name));
        var sibling = new Regex($@"^\.{Regex.Escape(name)}\.(staging|old)-[0-9a-f]{{32}}\z");
        var old = new Regex($@"^\.{Regex.Escape(name)}\.old-[0-9a-f]{{32}}\z");
        foreach (string entry in Names(name, new Random(name.Length)))
        {
            Assert.True(sibling.IsMatch(entry) == target.IsLeftover(entry), entry);
            Assert.True(old.IsMatch(entry) == target.IsOld(entry), entry);
            Assert.True(PerFileTemporary.IsMatch(entry) == ExportTarget.IsPerFileTemporary(entry), entry);
        }
        string hex = Guid.NewGuid().ToString("N");
        Assert.True(target.IsLeftover($".{name}.staging-{hex}"));
        Assert.True(target.IsOld($".{name}.old-{hex}"));
        Assert.False(target.IsOld($".{name}.staging-{hex}"));
        Assert.True(ExportTarget.IsPerFileTemporary($".data.csv.{hex}.tmp"));
        Assert.True(target.IsLeftover(Path.GetFileName(target.NewStagingPath())));
        Assert.True(target.IsOld(Path.GetFileName(target.NewOldPath())));
    }

    // Near misses of every part: the name, the kind, the separators, the digits' count and case, the suffix.
    private static IEnumerable<string> Names(string name, Random random)
    {
        string[] names = { name, name.ToUpperInvariant(), name + "x", name.Substring(1), "", "data.csv", "." };
        string[] kinds = { "staging", "old", "Staging", "olds", "tmp", "" };
        string[] separators = { ".", "-", "", "_" };
        for (int i = 0; i < 5000; i++)
        {
            string hex = Guid.NewGuid().ToString("N").Substring(0, random.Next(4) == 0 ? random.Next(0, 32) : 32);
            if (random.Next(4) == 0) hex += "a";
            if (random.Next(6) == 0 && hex.Length > 0) hex = hex.Remove(random.Next(hex.Length), 1).Insert(0, random.Next(2) == 0 ? "G" : "F");
            string Pick(string[] values) => values[random.Next(values.Length)];
            yield return (random.Next(8) == 0 ? "" : ".") + Pick(names) + Pick(separators) + Pick(kinds) + Pick(separators) + hex + (random.Next(3) == 0 ? "" : Pick(separators) + "tmp");
        }
    }
}
