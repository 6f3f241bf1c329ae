//! CRC-32 (reflected polynomial 0xEDB88320) as linear algebra over GF(2), for building parallel
//! CRC logic: the register after a 64-bit word is `A·register ⊕ B·word`, where the word's byte 0
//! (bits 7:0) is the first byte on the wire. Only the register update is modelled here: the
//! initial value and final inversion belong to the user.

pub const POLYNOMIAL: u32 = 0xEDB8_8320;

/// The register after `bytes`, starting from `register`.
pub const fn update(mut register: u32, bytes: &[u8]) -> u32 {
    let mut i = 0;
    while i < bytes.len() {
        register ^= bytes[i] as u32;
        let mut bit = 0;
        while bit < 8 {
            register = if register & 1 == 1 { (register >> 1) ^ POLYNOMIAL } else { register >> 1 };
            bit += 1;
        }
        i += 1;
    }
    register
}

/// The register after one 64-bit word.
pub const fn update_word(register: u32, word: u64) -> u32 {
    update(register, &word.to_le_bytes())
}

/// The register of a message followed by its own CRC (least-significant byte first): a frame
/// whose ICRC is right leaves exactly this value behind.
pub const RESIDUE: u32 = {
    let crc = !update(0xFFFF_FFFF, &[0x5A]);
    update(update(0xFFFF_FFFF, &[0x5A]), &crc.to_le_bytes())
};

/// For each of the 32 register bits: the register bits (bit `i` of the mask) that feed it
/// after one word, i.e. the rows of `A`.
pub fn register_rows() -> Vec<Vec<usize>> {
    rows(32, |i| update_word(1 << i, 0))
}

/// For each of the 32 register bits: the word bits that feed it, i.e. the rows of `B`.
pub fn word_rows() -> Vec<Vec<usize>> {
    rows(64, |j| update_word(0, 1 << j))
}

/// Transposes the columns `column(i)` (the image of input bit `i`) into per-output-bit rows.
fn rows(inputs: usize, column: impl Fn(usize) -> u32) -> Vec<Vec<usize>> {
    let columns: Vec<u32> = (0..inputs).map(column).collect();
    (0..32).map(|out| (0..inputs).filter(|&i| columns[i] >> out & 1 == 1).collect()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_zlib_check_value() {
        // The CRC-32 catalogue's check value for "123456789".
        assert_eq!(!update(0xFFFF_FFFF, b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn residue_is_the_catalogued_one() {
        assert_eq!(RESIDUE, 0xDEBB_20E3);
        let message = b"any message at all";
        let crc = !update(0xFFFF_FFFF, message);
        assert_eq!(update(update(0xFFFF_FFFF, message), &crc.to_le_bytes()), RESIDUE);
    }

    #[test]
    fn matrices_reproduce_the_bytewise_update() {
        let (a, b) = (register_rows(), word_rows());
        let mut state = 0x1234_5678u32;
        for word in [0u64, u64::MAX, 0x0123_4567_89AB_CDEF, 0xDEAD_BEEF_0BAD_F00D] {
            let parity = |bits: &[usize], value: u64| bits.iter().fold(0, |acc, &i| acc ^ (value >> i & 1));
            let next = (0..32).fold(0u32, |acc, out| {
                acc | (((parity(&a[out], state as u64) ^ parity(&b[out], word)) as u32) << out)
            });
            assert_eq!(next, update_word(state, word));
            state = next;
        }
    }
}
