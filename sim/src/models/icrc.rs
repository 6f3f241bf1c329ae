//! RoCEv2 invariant CRC (ICRC), the oracle for the parser's check and the builder's generator.
//!
//! CRC-32 (Ethernet: reflected 0xEDB88320, initial all-ones, final inversion) over 8 bytes of
//! 0xFF, then the frame from the IPv4 header on with the fields routers may change masked to all
//! ones (IPv4 TOS, TTL, header checksum; UDP checksum; BTH byte 4), up to the ICRC itself. It is
//! sent least-significant byte first.

const ETH_HEADER: usize = 14;

/// CRC register after `data`, starting from `register` (no final inversion).
pub fn crc32_update(mut register: u32, data: &[u8]) -> u32 {
    for &byte in data {
        register ^= byte as u32;
        for _ in 0..8 {
            register = if register & 1 == 1 { (register >> 1) ^ 0xEDB8_8320 } else { register >> 1 };
        }
    }
    register
}

/// The standard CRC-32 (what `zlib.crc32` computes).
pub fn crc32(data: &[u8]) -> u32 {
    !crc32_update(0xFFFF_FFFF, data)
}

/// Register value after the 8-byte 0xFF prefix: seeding with it skips the prefix.
pub const ICRC_SEED: u32 = 0xDEBB_20E3;

/// Why a frame has no ICRC to compute.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IcrcError {
    TooShort,
    NotIpv4,
}

/// The ICRC of an untagged Ethernet + IPv4 + UDP + BTH frame without FCS; `frame` ends just
/// before the ICRC (the ICRC itself is not included).
pub fn icrc(frame: &[u8]) -> Result<u32, IcrcError> {
    if frame.len() < ETH_HEADER + 20 {
        return Err(IcrcError::TooShort);
    }
    if frame[12..14] != [0x08, 0x00] || frame[ETH_HEADER] >> 4 != 4 {
        return Err(IcrcError::NotIpv4);
    }
    let ip_len = (frame[ETH_HEADER] & 0x0f) as usize * 4;
    let udp = ETH_HEADER + ip_len;
    let bth = udp + 8;
    if frame.len() < bth + 12 {
        return Err(IcrcError::TooShort);
    }
    let mut masked = frame[ETH_HEADER..].to_vec();
    for offset in [1, 8, 10, 11, ip_len + 6, ip_len + 7, ip_len + 8 + 4] {
        masked[offset] = 0xff;
    }
    Ok(!crc32_update(ICRC_SEED, &masked))
}

/// The 4 bytes that end a frame carrying `icrc`.
pub fn icrc_bytes(icrc: u32) -> [u8; 4] {
    icrc.to_le_bytes()
}

/// A CNP captured from a ConnectX-4 Lx (scapy's RoCE regression tests); it ends with its ICRC,
/// `82 fd 00 2a`.
pub fn connectx4_cnp() -> Vec<u8> {
    let dump = "e41d 2dab 2bc2 7cfe 9064 3b32 0800 45c2
                003c 718c 4000 4011 9161 0a00 1101 0a00
                1201 0000 12b7 0028 0000 8100 ffff 4000
                0118 0000 0000 0000 0000 0000 0000 0000
                0000 0000 0000 82fd 002a";
    crate::python::hex_bytes(dump)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn the_seed_is_the_register_after_eight_ff_bytes() {
        assert_eq!(crc32_update(0xFFFF_FFFF, &[0xff; 8]), ICRC_SEED);
    }

    #[test]
    fn the_connectx4_cnp_golden_frame() {
        let frame = connectx4_cnp();
        assert_eq!(frame.len(), 74);
        let (body, wire_icrc) = frame.split_at(frame.len() - 4);
        assert_eq!(icrc_bytes(icrc(body).unwrap()), wire_icrc);
        // Any change outside the masked fields must change it.
        let mut corrupt = body.to_vec();
        corrupt[50] ^= 0x01;
        assert_ne!(icrc_bytes(icrc(&corrupt).unwrap()), wire_icrc);
        // The masked fields (here the TTL) must not.
        let mut rerouted = body.to_vec();
        rerouted[22] = 0x01;
        assert_eq!(icrc_bytes(icrc(&rerouted).unwrap()), wire_icrc);
    }

    #[test]
    fn frames_that_are_not_roce_over_ipv4_have_no_icrc() {
        assert_eq!(icrc(&[0; 20]), Err(IcrcError::TooShort));
        let mut ipv6 = vec![0u8; 80];
        ipv6[12..14].copy_from_slice(&[0x86, 0xdd]);
        assert_eq!(icrc(&ipv6), Err(IcrcError::NotIpv4));
    }
}
