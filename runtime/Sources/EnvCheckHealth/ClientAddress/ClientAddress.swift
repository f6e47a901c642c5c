/// Express's `req.ip` (proxy-addr's `proxyaddr`): the request's client address, found by
/// walking from the socket's peer back through `X-Forwarded-For` while each hop is trusted.
public enum ClientAddress {
    /// The client address: the chain is `[peer] + X-Forwarded-For` (nearest first); the walk
    /// stops at the first untrusted hop, and the address after the last trusted one is the
    /// client's. Nil when the peer address is unknown (no socket peer, as in router tests): an
    /// unknown peer is never resolved through headers.
    public static func resolve(peer: String?, forwardedFor: [String], trust: ProxyTrust) -> String? {
        guard let peer else { return nil }
        let chain = [peer] + ForwardedFor.addresses(forwardedFor)
        for hop in 0..<(chain.count - 1) where !trust.trusts(chain[hop], hop: hop) {
            return chain[hop]
        }
        return chain[chain.count - 1]
    }

    /// Whether the request comes from this machine: its resolved client address is a loopback
    /// address. A request whose peer is unknown is not local; a client address that is not a
    /// canonical IP address is not local.
    public static func isLocal(peer: String?, forwardedFor: [String], trust: ProxyTrust) -> Bool {
        guard let client = resolve(peer: peer, forwardedFor: forwardedFor, trust: trust) else { return false }
        return IPAddress(client)?.isLoopback ?? false
    }
}
