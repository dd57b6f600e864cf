using System.Text.RegularExpressions;
using System.Xml.Linq;
using MmmFixtures.Rules;

namespace MmmFixtures.Tests.Rules;

/// <summary>The attributes' IntelliSense states each property's default and allowed range, exactly as the rule table has them.</summary>
public class AttributeDocsTests
{
    [Fact]
    public void Every_attribute_property_with_a_rule_documents_its_default_and_range()
    {
        string xml = Path.ChangeExtension(typeof(MmmDatasetAttribute).Assembly.Location, ".xml");
        Assert.True(File.Exists(xml), $"{xml} is missing: the runtime project generates its documentation file");
        var docs = XDocument.Load(xml).Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!, m => Regex.Replace(m.Value, @"\s+", " "));

        var missing = new List<string>();
        foreach (var rule in RuleTable.All.Where(r => r.Attribute is not null))
        {
            string[] parts = rule.Attribute!.Split('.');
            string member = $"P:MmmFixtures.{parts[0]}Attribute.{parts[1]}";
            string expected = $"Default: {rule.Default}. Allowed: {rule.Range}.";
            if (!docs.TryGetValue(member, out string? text) || !text.Contains(expected, StringComparison.Ordinal))
                missing.Add($"{rule.Attribute}| {expected}");
        }
        Assert.True(missing.Count == 0, "Attribute docs without their rule's text:\n" + string.Join("\n", missing));
    }
}
