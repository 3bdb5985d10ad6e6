"""Format readers: a capture's bytes unwrapped, decoded, and laid out as normalized lines."""
