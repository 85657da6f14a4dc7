package vn.chibo.integration;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

/**
 * Which receiver URLs a subscription may name (plain rules, the name resolver passed in): https only unless
 * plain http is allowed (development), and no loopback, private, link-local or unique-local address unless private
 * targets are allowed, so that a subscription cannot make the server call into its own network.
 */
public record WebhookTargets(boolean allowInsecureHttp, boolean allowPrivateTargets, Resolver resolver) {
    /** Looks a host name up (the DNS in production, a fixed table in unit tests). */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** The rules as configured, resolving names through the system's resolver. */
    public static WebhookTargets of(vn.chibo.common.ChiboConfig.Webhooks settings) {
        return new WebhookTargets(settings.allowInsecureHttp(), settings.allowPrivateTargets(), InetAddress::getAllByName);
    }

    /** The reason a URL is refused (a message key under webhook-url-*), or null when it is acceptable. */
    public String refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "webhook-url-malformed";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) return "webhook-url-malformed";
        if (uri.getUserInfo() != null) return "webhook-url-malformed";
        if (scheme.equals("http") && !allowInsecureHttp) return "webhook-url-not-https";
        if (allowPrivateTargets) return null;
        try {
            for (InetAddress address : resolver.resolve(uri.getHost())) {
                if (isPrivate(address)) return "webhook-url-private";
            }
        } catch (UnknownHostException e) {
            return "webhook-url-unknown-host";
        }
        return null;
    }

    static boolean isPrivate(InetAddress a) {
        byte[] b = a.getAddress();
        boolean uniqueLocalV6 = b.length == 16 && (b[0] & 0xfe) == 0xfc;
        boolean carrierNat = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress() || uniqueLocalV6 || carrierNat;
    }
}
