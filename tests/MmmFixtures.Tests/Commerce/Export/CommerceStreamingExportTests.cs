using MmmFixtures.Commerce;
using MmmFixtures.Families;

namespace MmmFixtures.Tests.Commerce.Export;

public sealed class CommerceStreamingExportTests : TempFolder
{
    private static readonly DatasetExportOptions AllLayouts = new() { Layouts = CommerceExporter.Layouts.Select(l => l.Name).ToArray() };

    // Golden SHA-256 of the Default preset, seed 42 (algorithm version 1), with every layout: every file but the manifest,
    // whose bytes also hold the library version and the spec's JSON. Change only with a version bump.
    private static readonly Dictionary<string, string> Golden = new()
    {
        ["daily_panel.csv"] = "adb1de068eb5e8eb047d8419feaa3dd9a811e00894826d611b4ce3c1411264c4",
        ["demo_tenant_1/google_ads.csv"] = "e2ff7ff1a87d2f94e50307ba33f6b8b63286219c3ff11471c14ff39aba35ba8d",
        ["demo_tenant_1/klaviyo_events.csv"] = "9a5466fa5fc3cc6c2eb63bccfd992b6fc700c5c700513ec813b8d0c9555ef6e1",
        ["demo_tenant_1/meta_ads.csv"] = "a9e39cf2942fd6e2a59e37313d2b51af5788f763df578168d99819f21eeee16a",
        ["demo_tenant_1/orders.csv"] = "322b8bef0a85d590d56f0a3959704f4d425c42bafc94780d1a471f9f48f2165d",
        ["demo_tenant_1/weather_daily.csv"] = "bc5e520017b030b40bb0deba953ec5f6b1855b353d39a86db094c4f85eeb9bda",
        ["demo_tenant_2/google_ads.csv"] = "04f07c03e7cf214ec292e02b19cb7960185f87496463b10974fba08c6ff11f26",
        ["demo_tenant_2/klaviyo_events.csv"] = "a91b8ada550b1847ede09fc1671d3314a03bd429d48bbe2c92242116ab042664",
        ["demo_tenant_2/meta_ads.csv"] = "cb17d824c0c52c82991e2ae083679316d3eee5657294dff9df905d9ff4a710dc",
        ["demo_tenant_2/orders.csv"] = "ff99391d0d9b410afc29a4983cb289d738fc1f8e565b98e250fb8ddf5761f36a",
        ["demo_tenant_2/weather_daily.csv"] = "ed7d9704547465e0b7bc06b9ccc3b15bded1731abb70861d029a439ed982e24d",
        ["demo_tenant_3/google_ads.csv"] = "c320bebf364dc3ef4eec34565cf677858d7875ffec47e6e1f6a74b55d4e33cec",
        ["demo_tenant_3/klaviyo_events.csv"] = "42477cfda6d52508fe55b74f35f1e825472372ffdab147df112408973ad159c2",
        ["demo_tenant_3/meta_ads.csv"] = "5ca911d88e3244193f7384299b8b4f65688be2b3172b080aab034588f92ce1c4",
        ["demo_tenant_3/orders.csv"] = "273b2786d54089962cc153724792fcf1feaa22dcc9aa7b48b30a28752910c425",
        ["demo_tenant_3/weather_daily.csv"] = "7351a81e64f93c2fec85fde38e4c68027731afce9281673d4d20b01e8109cd02",
        ["demo_tenant_4/google_ads.csv"] = "1345f9aef3dc042d6e554363992622d719b27cf2f68ac0ca13475603c051d66b",
        ["demo_tenant_4/klaviyo_events.csv"] = "5b673b9b410ed711a8986c71097a30171c7d09fb420ecf0a2ebefc96d5488449",
        ["demo_tenant_4/meta_ads.csv"] = "a412778199b78d8f1c64369fdd11ddc954f5fae5220d22bbee319d1cfd880f58",
        ["demo_tenant_4/orders.csv"] = "a48001008352c7b4b92fa6268a15ebb2b28dfd1a82444df067df0cdae14b7c70",
        ["demo_tenant_4/weather_daily.csv"] = "ae857405017875d94da3cff54d9cb15a27608ba20746c097a8b117e2f6ce94a2",
        ["fivetran/demo_tenant_1/ad_reporting.csv"] = "87f5756bf5da41b9d53bb7247374b2622ab13d6677436334277c77251e5597c7",
        ["fivetran/demo_tenant_1/shopify__orders.csv"] = "c705eaa4aa81aeba1933e127438756a57a5a249f301a935537694115567e1db4",
        ["fivetran/demo_tenant_2/ad_reporting.csv"] = "b837783e3bb684ef40eda81a70a0cad48234ef0f89c326ce4cfd3d55ea12fec6",
        ["fivetran/demo_tenant_2/shopify__orders.csv"] = "89f3c55c3a836c5c581fb6a66cae0fc5312dce3f2c65c81ac6f012141a8b3736",
        ["fivetran/demo_tenant_3/ad_reporting.csv"] = "bbd3c89968b549ca5beca852415996bc8e20dd2514c8d4936076575d976d04ea",
        ["fivetran/demo_tenant_3/shopify__orders.csv"] = "3d6962ef847b3f668e8160f7000efb59e3254145549719884c1f8e18cde1e3ed",
        ["fivetran/demo_tenant_4/ad_reporting.csv"] = "efeefb9883bfec0975469bbb28c32a8f3fb57c98517d03340fb41b45dbe9ffa2",
        ["fivetran/demo_tenant_4/shopify__orders.csv"] = "1e60e51f1cf9d9ab7d992b37b71b9087c4e17494d22318a53398957140bc8eb2",
        ["google-ads/demo_tenant_1/campaign_report.csv"] = "62b3ad38bd74db8c5da7ac8be8c9690ccf632e22647a6d2f8e5dd2b6a71a4665",
        ["google-ads/demo_tenant_2/campaign_report.csv"] = "dc9611036311cbac3d3f7ed1c96cc89a374746503e2bf3b441fcd910741b6aed",
        ["google-ads/demo_tenant_3/campaign_report.csv"] = "099e582212e24282b591e25d78c9c8d7435e3042241efb7c2c53a0412a600b4f",
        ["google-ads/demo_tenant_4/campaign_report.csv"] = "0a331ba293498b5f848240dff9d1c1a55fd48a66a54013b29f18fb4b19bdda00",
        ["klaviyo/demo_tenant_1/metric_aggregates.csv"] = "6c3dc5ffb8a933336ba9117460a7baaf985c07a14313ea2617abe18d24089ad2",
        ["klaviyo/demo_tenant_2/metric_aggregates.csv"] = "dbeb0df1dcf10d498c40f78c240a074b73eb08bac45256e6072c4aa95124cd1a",
        ["klaviyo/demo_tenant_3/metric_aggregates.csv"] = "19629da54777837a30580ff2c7b80f5f0ef41d125fac1d8f7e78b7a6803c5fce",
        ["klaviyo/demo_tenant_4/metric_aggregates.csv"] = "073a1547cd5ecf6fe311dc784c24465cb42ee7c51d25af9418d7205a799396cb",
        ["open-meteo/demo_tenant_1/daily.csv"] = "b3093b352293eeee54579a52b2cd5726e923f3bfa3431005c207660b080881a3",
        ["open-meteo/demo_tenant_2/daily.csv"] = "687d192b1a54e7dcf893e48a53f0224b2fce952b7e9de510143ce4edef4eec7f",
        ["open-meteo/demo_tenant_3/daily.csv"] = "ae46d1ea9b6f99ad64e643ca8654fe70707edc8473dc65535176b7e0d5bfe77f",
        ["open-meteo/demo_tenant_4/daily.csv"] = "52c9980867525b0036f42310c7b474ea4a2bd1b58c68fad081f2f8db98cb25f4",
        ["shopify/demo_tenant_1/orders_export.csv"] = "8b5f9bfc39437598e02f6322f5c877df2ad30cef40609024e5790c2a60eef4ed",
        ["shopify/demo_tenant_2/orders_export.csv"] = "911fd8013b6e00b2e23bb527fafb5314bc6f0fd54d32f0b56e68fa78ed048479",
        ["shopify/demo_tenant_3/orders_export.csv"] = "b82da1713ab5b60b0b2dbcee55bc2edad9bc571992b0b4af3a2647d4726fbd78",
        ["shopify/demo_tenant_4/orders_export.csv"] = "a2f996a7d50ae2cc6cd8f305b1461b43a54d8fdc577f9feb0418f9ecc4121cf2",
        ["truth.json"] = "fbe51297a234f60c2cffa1f9629b45ec7936b9427690a23a0ec1078f88c20d97",
        ["truth_daily.csv"] = "58277fa859ea70be31488c5c0d2ba69b7497ee2f2366f69729c4aa2b4d7263d1",
    };

    [Fact]
    public void Golden_hashes_of_the_Default_seed_42_export()
    {
        CommerceExporter.Export(CommercePresets.Default, Folder, AllLayouts);
        var actual = Snapshot(Folder);
        actual.Remove("manifest.json");
        Assert.True(Golden.Count == actual.Count && Golden.All(g => actual.GetValueOrDefault(g.Key) == g.Value),
            "actual:\n" + string.Concat(actual.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"        [\"{a.Key}\"] = \"{a.Value}\",\n")));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public void Streaming_from_the_spec_writes_the_bytes_of_the_in_memory_dataset(int threads)
    {
        var spec = CommercePresets.Default with { Days = 45 };
        string streamed = Path.Combine(Folder, "streamed"), memory = Path.Combine(Folder, "memory");
        CommerceExporter.Export(spec, streamed, AllLayouts with { MaxDegreeOfParallelism = threads });
        CommerceExporter.Export(CommerceGenerator.Generate(spec), memory, AllLayouts with { MaxDegreeOfParallelism = 1 });
        Assert.Equal(Snapshot(memory), Snapshot(streamed));
    }

    internal static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
            f => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
