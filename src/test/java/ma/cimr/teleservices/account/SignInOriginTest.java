package ma.cimr.teleservices.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person reads of where a sign-in came from (DD041): the network, never the address; the browser's family. */
class SignInOriginTest {

    @Test
    void anIpv4AddressIsCutToItsSlash24() {
        assertThat(SignInOrigin.network("196.200.131.77")).isEqualTo("196.200.131.0/24");
        assertThat(SignInOrigin.network("10.0.0.1")).isEqualTo("10.0.0.0/24");
    }

    @Test
    void anIpv6AddressIsCutToItsSlash48() {
        assertThat(SignInOrigin.network("2001:db8:85a3:8d3:1319:8a2e:370:7348")).isEqualTo("2001:db8:85a3::/48");
        assertThat(SignInOrigin.network("2001:db8::1")).isEqualTo("2001:db8:0::/48");
        assertThat(SignInOrigin.network("::1")).isEqualTo("0:0:0::/48");
        assertThat(SignInOrigin.network("[fe80::1%eth0]")).isEqualTo("fe80:0:0::/48");
    }

    @Test
    void somethingThatIsNotAnAddressIsNotShown() {
        assertThat(SignInOrigin.network(null)).isNull();
        assertThat(SignInOrigin.network("")).isNull();
        assertThat(SignInOrigin.network("unknown")).isNull();
        assertThat(SignInOrigin.network("1.2.3")).isNull();
    }

    @Test
    void theBrowserIsNamedByItsFamilyEvenWhenItAlsoCallsItselfChromeOrSafari() {
        assertThat(SignInOrigin.browser("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")).isEqualTo(SignInOrigin.Browser.EDGE);
        assertThat(SignInOrigin.browser("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36")).isEqualTo(SignInOrigin.Browser.SAMSUNG);
        assertThat(SignInOrigin.browser("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"))
                .isEqualTo(SignInOrigin.Browser.FIREFOX);
        assertThat(SignInOrigin.browser("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")).isEqualTo(SignInOrigin.Browser.SAFARI);
        assertThat(SignInOrigin.browser("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/131.0.0.0 Safari/537.36")).isEqualTo(SignInOrigin.Browser.CHROME);
        assertThat(SignInOrigin.browser("curl/8.5.0")).isEqualTo(SignInOrigin.Browser.OTHER);
        assertThat(SignInOrigin.browser(null)).isEqualTo(SignInOrigin.Browser.OTHER);
    }
}
