//! FNV-1a over bytes: the tables' version and the compact form's checksum. Shared by the
//! library and its build script, so both compute the same value.

/// FNV-1a, 64 bits: a short fingerprint of bytes (not for security).
#[must_use]
pub fn fingerprint(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in *part {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// The tables' version for these files, `(name, JSON text)`: eight hex digits that change with
/// any name or text (the build writes it; `tables-kit` prints it for an author's files).
#[must_use]
pub fn version_of(files: &[(&str, &str)]) -> String {
    let parts: Vec<&[u8]> = files.iter().flat_map(|(name, text)| [name.as_bytes(), text.as_bytes()]).collect();
    format!("{:08x}", fingerprint(&parts) >> 32)
}
