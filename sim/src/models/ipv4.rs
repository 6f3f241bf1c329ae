//! The IPv4 header checksum (RFC 791): what the frame generators write and the builder's model
//! expects.

/// The checksum of `header` (20 bytes, checksum field included as is): the ones' complement of
/// the ones' complement sum of its 16-bit words.
pub fn ipv4_checksum(header: &[u8]) -> u16 {
    let mut sum: u32 = header.chunks(2).map(|w| u16::from_be_bytes([w[0], w[1]]) as u32).sum();
    while sum > 0xFFFF {
        sum = (sum & 0xFFFF) + (sum >> 16);
    }
    !(sum as u16)
}
