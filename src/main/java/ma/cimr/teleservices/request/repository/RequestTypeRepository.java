package ma.cimr.teleservices.request.repository;

import ma.cimr.teleservices.request.RequestType;

import java.util.List;

public interface RequestTypeRepository {

    /** Every request type with its deadline rule and complaint scheme. */
    List<RequestType> findAll();
}
