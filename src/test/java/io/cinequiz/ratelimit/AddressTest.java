package io.cinequiz.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The bucket an address counts against: IPv4 as is, IPv6 by its /64 prefix (the block one subscriber gets). */
class AddressTest {

    @Test
    void ipv4CountsByAddress() {
        assertEquals("203.0.113.7", RateLimiter.address("203.0.113.7"));
    }

    @Test
    void ipv6AddressesOfOneSlash64ShareABucket() {
        assertEquals("20010db8000000010000000000000000".substring(0, 16) + "::/64", RateLimiter.address("2001:db8:0:1::1"));
        assertEquals(RateLimiter.address("2001:db8:0:1::1"), RateLimiter.address("[2001:db8:0:1:ffff:1234:5678:9abc]"));
        assertEquals(false, RateLimiter.address("2001:db8:0:1::1").equals(RateLimiter.address("2001:db8:0:2::1")));
    }

    @Test
    void ipv4MappedIpv6CountsAsTheIpv4Address() {
        assertEquals("203.0.113.7", RateLimiter.address("::ffff:203.0.113.7"));
    }
}
