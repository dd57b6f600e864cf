using MmmFixtures.Mmm.Scoring;
using MmmFixtures.Validation;

namespace MmmFixtures.Tests.Mmm.Scoring;

/// <summary>The JSON and CSV estimates formats: what they read, and one clear error listing every problem.</summary>
public class MmmEstimatesFileTests
{
    [Fact]
    public void Json_reads_every_section()
    {
        var e = MmmEstimatesJson.Read("""
            { "intervalLevel": 0.9,
              "channels": {
                "Tv": { "roas": 2.1, "roasLower": 1.8, "roasUpper": 2.4, "spend": 500, "parameters": { "beta": 900, "alpha": 0.5 }, "contribution": [1, 2] },
                "Radio": { "roas": 0.7 } },
              "components": { "intercept": [3, 4] } }
            """);
        Assert.Equal(0.9, e.IntervalLevel);
        Assert.Equal(2.1, e.Roas["Tv"]);
        Assert.Equal(0.7, e.Roas["Radio"]);
        Assert.Equal(new RoasInterval(1.8, 2.4), e.RoasIntervals["Tv"]);
        Assert.Single(e.RoasIntervals);
        Assert.Equal(500, e.Allocation["Tv"]);
        Assert.Equal(0.5, e.Parameters["Tv"]["alpha"]);
        Assert.Equal(new double[] { 1, 2 }, e.Contributions["Tv"]);
        Assert.Equal(new double[] { 3, 4 }, e.Components["intercept"]);
    }

    [Fact]
    public void Json_errors_are_listed_together()
    {
        var error = Assert.Throws<SpecValidationException>(() => MmmEstimatesJson.Read("""
            { "chanels": {}, "channels": { "Tv": { "roas": "high", "roasLower": 1, "parameters": { "beta": "x" }, "contribution": [1, "a"] } },
              "components": { "intercept": 5 } }
            """));
        var paths = error.Errors.Select(e => e.Path).ToArray();
        Assert.Contains("chanels", paths);
        Assert.Contains("channels.Tv.roas", paths);
        Assert.Contains("channels.Tv.roasUpper", paths);
        Assert.Contains("channels.Tv.parameters.beta", paths);
        Assert.Contains("channels.Tv.contribution", paths);
        Assert.Contains("components.intercept", paths);
        Assert.StartsWith("Invalid MMM estimates (6 problems)", error.Message);

        var syntax = Assert.Throws<SpecValidationException>(() => MmmEstimatesJson.Read("{ \"channels\": \n { \"Tv\": } }"));
        Assert.Contains("line 2", syntax.Message);
    }

    [Fact]
    public void Csv_reads_a_per_channel_table_as_pandas_writes_it()
    {
        var e = MmmEstimatesCsv.Read("""
            ,channel,roas,roasLower,ROAS_UPPER,spend,half_saturation,beta
            0,Tv,2.1,1.8,2.4,500,0.6,
            1,Radio,0.7,,,250,,400
            """);
        Assert.Equal(2.1, e.Roas["Tv"]);
        Assert.Equal(0.7, e.Roas["Radio"]);
        Assert.Equal(new RoasInterval(1.8, 2.4), Assert.Single(e.RoasIntervals).Value);
        Assert.Equal(250, e.Allocation["Radio"]);
        Assert.Equal(0.6, Assert.Single(e.Parameters["Tv"]).Value);
        Assert.Equal(400, e.Parameters["Radio"]["beta"]);
        Assert.Empty(e.Contributions);
    }

    [Fact]
    public void Csv_errors_name_the_header_row_and_column()
    {
        var error = Assert.Throws<SpecValidationException>(() => MmmEstimatesCsv.Read("""
            channel,roas,roas_lower,colour
            Tv,abc,1,red
            Tv,2,,blue
            ,3,,
            """));
        var paths = error.Errors.Select(e => e.Path).ToArray();
        Assert.Equal(new[] { "header[3]", "row 1.roas", "row 1.roas_upper", "row 2.channel", "row 3.channel" }, paths);
        Assert.Contains("is not a known column; known: channel, roas, roas_lower, roas_upper, spend, beta", error.Message);

        Assert.Contains("must have a 'channel' column", Assert.Throws<SpecValidationException>(() => MmmEstimatesCsv.Read("roas\n1\n")).Message);
        Assert.Contains("is empty", Assert.Throws<SpecValidationException>(() => MmmEstimatesCsv.Read("")).Message);
    }

    [Fact]
    public void Files_are_read_by_extension()
    {
        string folder = Directory.CreateTempSubdirectory("mmm-estimates-").FullName;
        try
        {
            string csv = Path.Combine(folder, "e.CSV");
            File.WriteAllText(csv, "channel,roas\nTv,2\n");
            Assert.Equal(2, MmmEstimatesFile.Read(csv).Roas["Tv"]);
            string json = Path.Combine(folder, "e.json");
            File.WriteAllText(json, """{ "channels": { "Tv": { "roas": 3 } } }""");
            Assert.Equal(3, MmmEstimatesFile.Read(json).Roas["Tv"]);
            Assert.Contains("must end in .json or .csv", Assert.Throws<SpecValidationException>(() => MmmEstimatesFile.Read(Path.Combine(folder, "e.txt"))).Message);
            Assert.Throws<FileNotFoundException>(() => MmmEstimatesFile.Read(Path.Combine(folder, "missing.json")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
