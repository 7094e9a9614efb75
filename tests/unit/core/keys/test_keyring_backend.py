import keyring


def test_real_secret_service_round_trip(secret_service: str) -> None:
    keyring.set_password(secret_service, "probe", "s3cret-value")
    assert keyring.get_password(secret_service, "probe") == "s3cret-value"
    keyring.delete_password(secret_service, "probe")
    assert keyring.get_password(secret_service, "probe") is None
