"""The credit endpoints (two paths, as the provider family has both)."""

from __future__ import annotations

from fastapi import APIRouter

from sleeve.accounts.deps import CurrentCaller
from sleeve.accounts.service import credit_balance
from sleeve.core.envelope import ERROR_RESPONSES, Envelope, envelope

router = APIRouter(prefix="/api/v1", tags=["credits"], responses=ERROR_RESPONSES)


@router.get("/generate/credit", response_model=Envelope[int])
@router.get("/chat/credit", response_model=Envelope[int], include_in_schema=False)
def remaining_credits(caller: CurrentCaller):
    """The account's credit balance."""
    return envelope(credit_balance(account_id=caller.account_id))
