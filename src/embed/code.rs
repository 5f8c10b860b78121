//! The codes a JavaScript caller can see in `{ok: false, error: {code}}`: the engine's (a
//! request's, a dealer table's) and the embed layer's own (wrong JS types, widget lifecycle).
//! Both lists are checked against `docs/embed.md` by a browser test.

use engine::codes;
use engine::error::ErrorCode;
use serde::Serialize;

codes! {
    /// The embed layer's own error codes: what only a JavaScript caller or a mounted widget
    /// can get wrong.
    EmbedCode {
        /// A JS value of the wrong type (a number for an amount, `undefined`, a BigInt).
        WrongType,
        /// The request JSON does not parse or has the wrong shape.
        InvalidRequest,
        /// A bad amount for `purchaseTax`.
        InvalidAmount,
        /// A bad date for `purchaseTax`.
        InvalidDate,
        /// A bad `setConfig` value.
        InvalidConfig,
        /// Bad `mountWidget` options.
        InvalidOptions,
        /// `mountWidget` was given something that is not an element to mount into.
        InvalidMountPoint,
        /// A widget method called before the widget rendered.
        NotReady,
        /// A method of a widget that was destroyed.
        Destroyed,
        /// The bundled tables could not be loaded.
        TablesBroken,
        /// A fault of this app, not of the input.
        Internal,
    }
}

/// Any code the JS API answers with; serialised as the code itself (`"unknown_trim"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Code {
    /// The engine's.
    Engine(ErrorCode),
    /// The embed layer's.
    Embed(EmbedCode),
}

impl From<ErrorCode> for Code {
    fn from(code: ErrorCode) -> Code {
        Code::Engine(code)
    }
}

impl From<EmbedCode> for Code {
    fn from(code: EmbedCode) -> Code {
        Code::Embed(code)
    }
}

impl Code {
    /// Every code, the engine's first.
    pub fn all() -> impl Iterator<Item = Code> {
        ErrorCode::ALL.iter().copied().map(Code::from).chain(EmbedCode::ALL.iter().copied().map(Code::from))
    }
}
