//! Errors a request can cause. Each has a stable `code`, a `path` into the request and a message
//! that says what to do, so the UI and the JS API can show it as is.

use std::fmt;

use serde::Serialize;

/// Declares a code enum and its `ALL` from one list, so no code can be left out of the list the
/// documentation tests walk. The embed layer declares its own codes with it.
#[macro_export]
macro_rules! codes {
    ($(#[$meta:meta])* $name:ident { $($(#[$doc:meta])* $code:ident,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$doc])* $code,)*
        }

        impl $name {
            /// Every code.
            pub const ALL: &'static [$name] = &[$($name::$code,)*];
        }
    };
}

codes! {
    /// Every error code the engine gives — a request's and a dealer table's — as one type, so a
    /// code cannot be misspelled or left undocumented (the embed layer adds its own and checks
    /// both lists against `docs/embed.md`).
    ErrorCode {
        /// No offer has this id.
        UnknownOffer,
        /// The catalog has no trim with this id.
        UnknownTrim,
        /// The catalog has no option with this id.
        UnknownOption,
        /// The catalog has no price list with this id.
        UnknownPriceList,
        /// An amount is negative.
        NegativeAmount,
        /// A computation left the supported range.
        Overflow,
        /// A configuration breaks the catalog's rules.
        InvalidConfiguration,
        /// The loaded tables lack something a quote needs (a tax policy, a price list).
        TablesIncomplete,
        /// A dealer table is larger than allowed.
        TooLarge,
        /// A dealer table is not JSON.
        InvalidJson,
        /// A dealer table has a value out of its bounds.
        InvalidValue,
    }
}

/// Why the engine could not answer a request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum EngineError {
    /// No offer has this id.
    UnknownOffer {
        /// Where in the request.
        path: String,
        /// The id given.
        id: String,
    },
    /// The catalog has no trim with this id.
    UnknownTrim {
        /// Where in the request.
        path: String,
        /// The id given.
        id: String,
    },
    /// The catalog has no option `group/option` with this id.
    UnknownOption {
        /// Where in the request.
        path: String,
        /// The id given.
        id: String,
    },
    /// The catalog has no price list with this id.
    UnknownPriceList {
        /// Where in the request.
        path: String,
        /// The id given.
        id: String,
    },
    /// An amount that must be zero or more is negative.
    NegativeAmount {
        /// Where in the request.
        path: String,
    },
    /// A computation left the supported range.
    Overflow {
        /// Where in the request.
        path: String,
    },
    /// The new configuration breaks the catalog's rules.
    InvalidConfiguration {
        /// Where in the request.
        path: String,
        /// The first rule broken, in words.
        first: String,
    },
    /// More items than any real request has (a runaway or hostile input), refused before any
    /// work is done on them.
    TooLarge {
        /// Where in the request.
        path: String,
        /// The most allowed.
        limit: usize,
    },
    /// A value outside the range it may take (a loan's term, rate or down payment).
    InvalidValue {
        /// Where in the request.
        path: String,
        /// What the range is, in words.
        problem: String,
    },
    /// The tables lack something the quote needs: a tax policy for a catalog's market, or a
    /// price list for the old catalog. Load-time checks make this unreachable for tables that
    /// loaded; it is an error, not a panic, all the same.
    TablesIncomplete {
        /// Where in the request.
        path: String,
        /// What is missing, e.g. `tax policy for market 'CN'`.
        missing: String,
    },
}

impl EngineError {
    /// A stable machine code, e.g. `unknown_trim`.
    #[must_use]
    pub fn code(&self) -> ErrorCode {
        match self {
            EngineError::UnknownOffer { .. } => ErrorCode::UnknownOffer,
            EngineError::UnknownTrim { .. } => ErrorCode::UnknownTrim,
            EngineError::UnknownOption { .. } => ErrorCode::UnknownOption,
            EngineError::UnknownPriceList { .. } => ErrorCode::UnknownPriceList,
            EngineError::NegativeAmount { .. } => ErrorCode::NegativeAmount,
            EngineError::Overflow { .. } => ErrorCode::Overflow,
            EngineError::InvalidConfiguration { .. } => ErrorCode::InvalidConfiguration,
            EngineError::TablesIncomplete { .. } => ErrorCode::TablesIncomplete,
            EngineError::TooLarge { .. } => ErrorCode::TooLarge,
            EngineError::InvalidValue { .. } => ErrorCode::InvalidValue,
        }
    }

    /// Where in the request the problem is (`old_order.trim`).
    #[must_use]
    pub fn path(&self) -> &str {
        match self {
            EngineError::UnknownOffer { path, .. }
            | EngineError::UnknownTrim { path, .. }
            | EngineError::UnknownOption { path, .. }
            | EngineError::UnknownPriceList { path, .. }
            | EngineError::NegativeAmount { path }
            | EngineError::Overflow { path }
            | EngineError::InvalidConfiguration { path, .. }
            | EngineError::TablesIncomplete { path, .. }
            | EngineError::TooLarge { path, .. }
            | EngineError::InvalidValue { path, .. } => path,
        }
    }
}

impl fmt::Display for EngineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EngineError::UnknownOffer { id, .. } => write!(f, "no offer '{id}'; pick one of the offers in tables()"),
            EngineError::UnknownTrim { id, .. } => write!(f, "no trim '{id}' in this catalog; pick one of its trims"),
            EngineError::UnknownOption { id, .. } => {
                write!(f, "no option '{id}' in this catalog; write options as group/option, e.g. paint/aqua-blue")
            }
            EngineError::UnknownPriceList { id, .. } => write!(f, "no price list '{id}' for this car"),
            EngineError::NegativeAmount { .. } => write!(f, "the amount is negative; enter zero or more"),
            EngineError::Overflow { .. } => write!(f, "the amount is too large to compute; check the figures entered"),
            EngineError::InvalidConfiguration { first, .. } => write!(f, "the configuration is not valid: {first}"),
            EngineError::TooLarge { limit, .. } => {
                // The page's words: one limit, one message.
                let limit = crate::text::Text::of(*limit);
                write!(f, "{}", crate::words::TOO_MANY_OPTIONS.text(&[("limit", &limit)]).en)
            }
            EngineError::InvalidValue { problem, .. } => write!(f, "{problem}"),
            EngineError::TablesIncomplete { missing, .. } => {
                write!(f, "the tables have no {missing}; check the table files (this is not your input)")
            }
        }
    }
}

impl std::error::Error for EngineError {}
