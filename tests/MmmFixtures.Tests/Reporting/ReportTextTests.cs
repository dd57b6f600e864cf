using MmmFixtures.Reporting;
using Xunit;

namespace MmmFixtures.Tests.Reporting;

public class ReportTextTests
{
    [Theory]
    [InlineData(0.1234, 1, "12.3%")]
    [InlineData(-0.05, 1, "-5.0%")]
    [InlineData(-0.00001, 1, "0.0%")]   // rounds to zero: no sign
    [InlineData(-0.00001, 4, "-0.0010%")]
    [InlineData(0.0512, 2, "5.12%")]
    public void Percent_writes_the_share_in_percent_without_a_sign_on_zero(double share, int decimals, string expected) =>
        Assert.Equal(expected, ReportText.Percent(share, decimals));
}
