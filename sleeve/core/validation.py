"""Pydantic's validation errors as sentences a client can act on."""

from __future__ import annotations


def describe_validation(errors: list[dict]) -> str:
    """Sentences a person can act on, one per problem, from Pydantic's errors."""
    sentences = []
    for error in errors:
        loc = [str(part) for part in error.get("loc", ()) if part not in ("body", "query")]
        field = ".".join(loc) or "body"
        kind = error.get("type", "")
        if kind == "json_invalid":
            why = str(error.get("ctx", {}).get("error", "")).split(" at line")[0]
            why = f" ({why})" if why else ""
            sentences.append(f"the body is not valid JSON{why}: send one JSON object")
        elif kind == "model_type" and field == "body":
            sentences.append("the body must be a JSON object")
        elif kind in ("model_attributes_type", "dict_type") and field == "body":
            sentences.append(
                "the body must be a JSON object like "
                '{"taskId": "...", "callBackUrl": "https://..."}'
            )
        elif kind == "missing" and field == "body":
            sentences.append("the body is empty: send a JSON object")
        elif kind == "missing":
            sentences.append(f"{field} is required")
        elif kind == "string_type":
            sentences.append(f"{field} must be a string")
        elif kind == "string_too_short" or (kind == "value_error" and "empty" in error["msg"]):
            sentences.append(f"{field} must not be empty")
        elif kind == "string_too_long":
            limit = error.get("ctx", {}).get("max_length")
            sentences.append(f"{field} is too long (at most {limit} characters)")
        else:
            sentences.append(f"{field}: {error.get('msg', 'is not valid')}")
    return "; ".join(dict.fromkeys(sentences)) or "the request is not valid"
